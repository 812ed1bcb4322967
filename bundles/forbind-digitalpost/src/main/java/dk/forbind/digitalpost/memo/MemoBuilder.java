package dk.forbind.digitalpost.memo;

import dk.forbind.api.DataSubject;
import dk.forbind.api.SubjectType;
import dk.forbind.digitalpost.memo.xml.ActionCodeType;
import dk.forbind.digitalpost.memo.xml.ActionType;
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
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.UUID;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Builds a MeMo letter in code:
 * {@code MemoBuilder.letter(uuid).from("29190623", "Kommunen").to(DataSubject.cpr(...)).label("Afgørelse")
 * .caseId("SAG-1").document("afgoerelse.pdf", "application/pdf", pdf).build(reader)}. The first document is the
 * main document, the others additional. {@link #build(MemoReader)} checks the letter exactly as a received one is
 * checked.
 */
public final class MemoBuilder {
    private final MessageType message = new MessageType();
    private final MessageHeaderType header = new MessageHeaderType();
    private final MessageBodyType body = new MessageBodyType();
    private DocumentType lastDocument;

    private MemoBuilder(UUID uuid) {
        message.setMemoVersion(new BigDecimal("1.1"));
        message.setMessageHeader(header);
        message.setMessageBody(body);
        header.setMessageType(MessageKindType.DIGITALPOST);
        header.setMessageUUID(uuid.toString());
        body.setCreatedDateTime(dateTime(Instant.now()));
    }

    public static MemoBuilder letter(UUID uuid) {
        return new MemoBuilder(uuid);
    }

    /** Sent by the authority with this CVR number. */
    public MemoBuilder from(String cvr, String label) {
        SenderType sender = new SenderType();
        sender.setSenderID(cvr);
        sender.setIdType(SenderIdKindType.CVR);
        sender.setLabel(label);
        header.setSender(sender);
        return this;
    }

    public MemoBuilder to(DataSubject recipient) {
        RecipientType to = new RecipientType();
        to.setRecipientID(recipient.id());
        to.setIdType(recipient.type() == SubjectType.CPR ? RecipientIdKindType.CPR : RecipientIdKindType.CVR);
        header.setRecipient(to);
        return this;
    }

    public MemoBuilder label(String label) {
        header.setLabel(label);
        return this;
    }

    public MemoBuilder mandatory(boolean mandatory) {
        header.setMandatory(mandatory);
        return this;
    }

    public MemoBuilder caseId(String caseId) {
        CaseIdType id = new CaseIdType();
        id.setCaseID(caseId);
        contentData().setCaseID(id);
        return this;
    }

    public MemoBuilder createdAt(Instant created) {
        body.setCreatedDateTime(dateTime(created));
        return this;
    }

    /** Adds a document with one file, in Danish; the first one added is the main document. */
    public MemoBuilder document(String filename, String type, byte[] content) {
        FileType file = new FileType();
        file.setFilename(filename);
        file.setEncodingFormat(type);
        file.setLanguage("da");
        file.setContent(content);
        DocumentType document = new DocumentType();
        document.getFile().add(file);
        if (body.getMainDocument() == null) {
            body.setMainDocument(document);
        } else {
            body.getAdditionalDocument().add(document);
        }
        lastDocument = document;
        return this;
    }

    /** Adds an action to the document added last. */
    public MemoBuilder action(ActionCodeType code, String label, String entryPoint) {
        if (lastDocument == null) {
            throw new IllegalStateException("add a document before its actions");
        }
        ActionType action = new ActionType();
        action.setActionCode(code);
        action.setLabel(label);
        action.setEntryPoint(entryPoint);
        lastDocument.getAction().add(action);
        return this;
    }

    /** The letter as built, not yet checked: for tests of what the checks refuse. */
    public MessageType unchecked() {
        return message;
    }

    /** @throws LetterRejected with every reason when the letter is not valid */
    public MemoLetter build(MemoReader reader) {
        return reader.check(message);
    }

    private ContentDataType contentData() {
        if (header.getContentData() == null) {
            header.setContentData(new ContentDataType());
        }
        return header.getContentData();
    }

    static XMLGregorianCalendar dateTime(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(calendar);
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
