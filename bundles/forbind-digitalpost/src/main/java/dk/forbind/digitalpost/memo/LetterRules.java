package dk.forbind.digitalpost.memo;

import dk.forbind.api.CprNumber;
import dk.forbind.api.CvrNumber;
import dk.forbind.digitalpost.memo.xml.ActionType;
import dk.forbind.digitalpost.memo.xml.ContentDataType;
import dk.forbind.digitalpost.memo.xml.DocumentType;
import dk.forbind.digitalpost.memo.xml.FileType;
import dk.forbind.digitalpost.memo.xml.MessageHeaderType;
import dk.forbind.digitalpost.memo.xml.MessageType;
import dk.forbind.digitalpost.memo.xml.RecipientIdKindType;
import dk.forbind.digitalpost.memo.xml.RecipientType;
import dk.forbind.digitalpost.memo.xml.SenderIdKindType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What a MeMo letter must satisfy beyond its schema: a real UUID; a recipient id that matches its type (a CPR
 * number with a real birth date, a CVR number that passes modulus 11); a sender CVR likewise; content data that
 * names the same person or business as the recipient; files of allowed types whose content is what they claim,
 * within the size limits; actions whose entry points are https and whose periods end after they start. Every
 * finding is returned, not the first.
 */
public final class LetterRules {
    private final MemoLimits limits;

    public LetterRules(MemoLimits limits) {
        this.limits = limits;
    }

    /** Every reason the letter cannot be sent; empty when it can. */
    public List<String> check(MessageType message) {
        List<String> reasons = new ArrayList<>();
        MessageHeaderType header = message.getMessageHeader();
        if (header != null) {
            checkHeader(header, reasons);
        }
        long total = 0;
        List<DocumentType> documents = MemoLetter.documents(message);
        for (int d = 0; d < documents.size(); d++) {
            String where = d == 0 ? "MainDocument" : "AdditionalDocument " + d;
            for (FileType file : documents.get(d).getFile()) {
                total += checkFile(where, file, reasons);
            }
            for (ActionType action : documents.get(d).getAction()) {
                checkAction(where, action, reasons);
            }
        }
        if (total > limits.maxLetterBytes()) {
            reasons.add("the letter's files are " + total + " bytes; at most " + limits.maxLetterBytes()
                    + " are allowed");
        }
        return reasons;
    }

    private static void checkHeader(MessageHeaderType header, List<String> reasons) {
        String uuid = header.getMessageUUID();
        if (uuid != null && !isUuid(uuid)) {
            reasons.add("messageUUID '" + uuid + "' is not a UUID");
        }
        if (header.getSender() != null && header.getSender().getIdType() == SenderIdKindType.CVR) {
            CvrNumber.problem(header.getSender().getSenderID()).ifPresent(p -> reasons.add("Sender senderID: " + p));
        }
        RecipientType recipient = header.getRecipient();
        if (recipient != null && recipient.getIdType() != null && recipient.getRecipientID() != null) {
            recipientProblem(recipient).ifPresent(p -> reasons.add("Recipient recipientID: " + p));
            checkContentData(header.getContentData(), recipient, reasons);
        }
    }

    private static Optional<String> recipientProblem(RecipientType recipient) {
        return recipient.getIdType() == RecipientIdKindType.CPR ? CprNumber.problem(recipient.getRecipientID())
                : CvrNumber.problem(recipient.getRecipientID());
    }

    private static void checkContentData(ContentDataType content, RecipientType recipient, List<String> reasons) {
        if (content == null) {
            return;
        }
        String id = recipient.getRecipientID();
        if (content.getCPRdata() != null) {
            if (recipient.getIdType() != RecipientIdKindType.CPR) {
                reasons.add("ContentData has CPRdata but the recipient is a CVR number");
            } else if (!id.equals(content.getCPRdata().getCprNumber())) {
                reasons.add("ContentData CPRdata names another person than the recipient");
            }
        }
        if (content.getCVRdata() != null && recipient.getIdType() == RecipientIdKindType.CVR
                && !id.equals(content.getCVRdata().getCvrNumber())) {
            reasons.add("ContentData CVRdata names another business than the recipient");
        }
    }

    /** Checks one file and answers its decoded size. */
    private long checkFile(String document, FileType file, List<String> reasons) {
        String name = file.getFilename() == null ? "(no name)" : file.getFilename();
        String where = document + " file '" + name + "'";
        if (name.contains("/") || name.contains("\\") || name.chars().anyMatch(Character::isISOControl)) {
            reasons.add(where + ": a filename cannot contain path separators or control characters");
        }
        String type = file.getEncodingFormat() == null ? "" : file.getEncodingFormat().toLowerCase(Locale.ROOT);
        if (file.getEncodingFormat() != null && !limits.fileTypes().contains(type)) {
            reasons.add(where + ": type " + file.getEncodingFormat() + " is not allowed; allowed are "
                    + String.join(", ", limits.fileTypes().stream().sorted().toList()));
        }
        byte[] content = file.getContent();
        if (content == null || content.length == 0) {
            reasons.add(where + " is empty");
            return 0;
        }
        if (content.length > limits.maxFileBytes()) {
            reasons.add(where + " is " + content.length + " bytes; at most " + limits.maxFileBytes()
                    + " are allowed");
        }
        FileSignature.mismatch(type, content).ifPresent(p -> reasons.add(where + ": " + p));
        return content.length;
    }

    private static void checkAction(String document, ActionType action, List<String> reasons) {
        String where = document + " action '" + action.getLabel() + "'";
        if (action.getEntryPoint() != null && !isHttps(action.getEntryPoint())) {
            reasons.add(where + ": entryPoint must be an https URL");
        }
        if (action.getStartDateTime() != null && action.getEndDateTime() != null
                && action.getEndDateTime().compare(action.getStartDateTime()) <= 0) {
            reasons.add(where + ": endDateTime must be after startDateTime");
        }
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = URI.create(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
