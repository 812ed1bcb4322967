package dk.forbind.digitalpost.memo;

import dk.forbind.api.DataSubject;
import dk.forbind.api.SubjectType;
import dk.forbind.digitalpost.memo.xml.DocumentType;
import dk.forbind.digitalpost.memo.xml.FileType;
import dk.forbind.digitalpost.memo.xml.MessageType;
import dk.forbind.digitalpost.memo.xml.RecipientIdKindType;
import dk.forbind.digitalpost.memo.xml.SenderIdKindType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A MeMo letter that passed the schema and {@link LetterRules}: who sends it to whom, under which label and case,
 * with which documents. Read with {@link MemoReader}, built with {@link MemoBuilder}, written with
 * {@link MemoWriter}.
 */
public final class MemoLetter {
    private final MessageType message;

    MemoLetter(MessageType message) {
        this.message = message;
    }

    public UUID uuid() {
        return UUID.fromString(message.getMessageHeader().getMessageUUID());
    }

    public String label() {
        return message.getMessageHeader().getLabel();
    }

    /** The sender's id (a CVR number or a MyndighedsID) as the letter names it. */
    public String senderId() {
        return message.getMessageHeader().getSender().getSenderID();
    }

    /** Whether the sender is named by CVR number (rather than MyndighedsID). */
    public boolean senderIsCvr() {
        return message.getMessageHeader().getSender().getIdType() == SenderIdKindType.CVR;
    }

    public String senderLabel() {
        return message.getMessageHeader().getSender().getLabel();
    }

    /** The citizen (CPR) or business (CVR) the letter is for. */
    public DataSubject recipient() {
        var recipient = message.getMessageHeader().getRecipient();
        return new DataSubject(recipient.getIdType() == RecipientIdKindType.CPR ? SubjectType.CPR : SubjectType.CVR,
                recipient.getRecipientID());
    }

    /** The case the letter belongs to in the sender's case system, if it names one. */
    public Optional<String> caseId() {
        var content = message.getMessageHeader().getContentData();
        return content == null || content.getCaseID() == null ? Optional.empty()
                : Optional.of(content.getCaseID().getCaseID());
    }

    public boolean mandatory() {
        return Boolean.TRUE.equals(message.getMessageHeader().isMandatory());
    }

    /** The main document first, then the additional ones. */
    public List<DocumentType> documents() {
        return documents(message);
    }

    /** Every file of every document, in order. */
    public List<FileType> files() {
        return documents().stream().flatMap(d -> d.getFile().stream()).toList();
    }

    /** The files' decoded size. */
    public long contentBytes() {
        return files().stream().mapToLong(f -> f.getContent() == null ? 0 : f.getContent().length).sum();
    }

    /** The JAXB model, for writing it out. */
    public MessageType message() {
        return message;
    }

    static List<DocumentType> documents(MessageType message) {
        List<DocumentType> documents = new ArrayList<>();
        if (message.getMessageBody() != null) {
            if (message.getMessageBody().getMainDocument() != null) {
                documents.add(message.getMessageBody().getMainDocument());
            }
            documents.addAll(message.getMessageBody().getAdditionalDocument());
        }
        return documents;
    }

    @Override
    public String toString() {
        return "letter " + uuid() + " to " + recipient();
    }
}
