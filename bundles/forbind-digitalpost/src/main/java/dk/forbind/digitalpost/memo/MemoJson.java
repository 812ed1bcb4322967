package dk.forbind.digitalpost.memo;

import dk.forbind.digitalpost.memo.xml.CaseIdType;
import dk.forbind.digitalpost.memo.xml.ContentDataType;
import dk.forbind.digitalpost.memo.xml.DocumentType;
import dk.forbind.digitalpost.memo.xml.FileType;
import dk.forbind.digitalpost.memo.xml.MessageBodyType;
import dk.forbind.digitalpost.memo.xml.MessageHeaderType;
import dk.forbind.digitalpost.memo.xml.MessageKindType;
import dk.forbind.digitalpost.memo.xml.MessageType;
import dk.forbind.digitalpost.memo.xml.RecipientIdKindType;
import dk.forbind.digitalpost.memo.xml.RecipientType;
import dk.forbind.digitalpost.memo.xml.SenderIdKindType;
import dk.forbind.digitalpost.memo.xml.SenderType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * Reads a MeMo letter from its JSON form (for agencies whose systems speak JSON rather than XML):
 * <pre>{"messageUUID": "...", "label": "...", "mandatory": false, "createdDateTime": "2026-11-30T12:00:00Z",
 *  "sender": {"id": "29190623", "idType": "CVR", "label": "..."},
 *  "recipient": {"id": "0101901234", "idType": "CPR"}, "caseId": "SAG-1",
 *  "documents": [{"label": "...", "files": [{"filename": "a.pdf", "encodingFormat": "application/pdf",
 *                 "language": "da", "content": "base64..."}]}]}</pre>
 * The first document is the main document. The letter is then checked exactly as an XML letter is, every reason
 * listed.
 */
public final class MemoJson {
    private final MemoReader reader;
    private final MemoLimits limits;

    public MemoJson(MemoLimits limits) {
        this.limits = limits;
        this.reader = new MemoReader(limits);
    }

    /** @throws LetterRejected with every reason when the document is no valid letter */
    public MemoLetter read(byte[] json) {
        if (json.length > limits.maxDocumentBytes()) {
            throw new LetterRejected("the JSON letter is " + json.length + " bytes; at most "
                    + limits.maxDocumentBytes() + " are read");
        }
        JsonObject root;
        try {
            Object parsed = Jsoner.deserialize(new String(json, StandardCharsets.UTF_8));
            if (!(parsed instanceof JsonObject object)) {
                throw new LetterRejected("a JSON letter is an object");
            }
            root = object;
        } catch (DeserializationException e) {
            throw new LetterRejected("not JSON: " + e.getMessage());
        }
        List<String> reasons = new ArrayList<>();
        MessageType message = message(root, reasons);
        if (!reasons.isEmpty()) {
            throw new LetterRejected(reasons);
        }
        return reader.check(message);
    }

    private static MessageType message(JsonObject root, List<String> reasons) {
        MessageType message = new MessageType();
        message.setMemoVersion(new BigDecimal("1.1"));
        MessageHeaderType header = new MessageHeaderType();
        header.setMessageType(MessageKindType.DIGITALPOST);
        header.setMessageUUID(root.getString("messageUUID"));
        header.setLabel(root.getString("label"));
        header.setMandatory(root.getBoolean("mandatory"));
        JsonObject sender = object(root, "sender", reasons);
        if (sender != null) {
            SenderType from = new SenderType();
            from.setSenderID(sender.getString("id"));
            from.setIdType(kind(sender, "sender", SenderIdKindType::fromValue, reasons));
            from.setLabel(sender.getString("label"));
            header.setSender(from);
        }
        JsonObject recipient = object(root, "recipient", reasons);
        if (recipient != null) {
            RecipientType to = new RecipientType();
            to.setRecipientID(recipient.getString("id"));
            to.setIdType(kind(recipient, "recipient", RecipientIdKindType::fromValue, reasons));
            header.setRecipient(to);
        }
        if (root.getString("caseId") != null) {
            CaseIdType caseId = new CaseIdType();
            caseId.setCaseID(root.getString("caseId"));
            ContentDataType content = new ContentDataType();
            content.setCaseID(caseId);
            header.setContentData(content);
        }
        message.setMessageHeader(header);
        message.setMessageBody(body(root, reasons));
        return message;
    }

    private static MessageBodyType body(JsonObject root, List<String> reasons) {
        MessageBodyType body = new MessageBodyType();
        try {
            String created = root.getString("createdDateTime");
            if (created == null) {
                reasons.add("createdDateTime: required, an ISO-8601 instant such as 2026-11-30T12:00:00Z");
            } else {
                body.setCreatedDateTime(MemoBuilder.dateTime(Instant.parse(created)));
            }
        } catch (DateTimeParseException e) {
            reasons.add("createdDateTime is no ISO-8601 instant: " + e.getParsedString());
        }
        JsonArray documents = root.getCollection("documents");
        if (documents == null || documents.isEmpty()) {
            reasons.add("documents: a letter has at least its main document");
            return body;
        }
        for (int d = 0; d < documents.size(); d++) {
            DocumentType document = document(documents.getMap(d), "documents[" + d + "]", reasons);
            if (d == 0) {
                body.setMainDocument(document);
            } else {
                body.getAdditionalDocument().add(document);
            }
        }
        return body;
    }

    private static DocumentType document(Map<?, ?> json, String where, List<String> reasons) {
        DocumentType document = new DocumentType();
        JsonObject object = new JsonObject(cast(json));
        document.setLabel(object.getString("label"));
        JsonArray files = object.getCollection("files");
        for (int f = 0; files != null && f < files.size(); f++) {
            JsonObject file = new JsonObject(cast(files.getMap(f)));
            FileType out = new FileType();
            out.setFilename(file.getString("filename"));
            out.setEncodingFormat(file.getString("encodingFormat"));
            out.setLanguage(file.getStringOrDefault("language", "da"));
            try {
                String content = file.getString("content");
                out.setContent(content == null ? null : Base64.getDecoder().decode(content.replaceAll("\\s", "")));
            } catch (IllegalArgumentException e) {
                reasons.add(where + ".files[" + f + "].content is not base64: " + e.getMessage());
            }
            document.getFile().add(out);
        }
        return document;
    }

    private static JsonObject object(JsonObject root, String key, List<String> reasons) {
        Object value = root.get(key);
        if (value instanceof Map<?, ?> map) {
            return new JsonObject(cast(map));
        }
        reasons.add(key + ": an object with id and idType is needed");
        return null;
    }

    private static <T> T kind(JsonObject json, String where, Function<String, T> parse, List<String> reasons) {
        String value = json.getString("idType");
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            reasons.add(where + ".idType '" + value + "' is not one of the allowed id types");
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
