package dk.forbind.digitalpost.delivery;

import dk.forbind.api.DataSubject;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.SubjectType;
import dk.forbind.api.person.PersonDirectory;
import dk.forbind.api.person.PersonRecord;
import dk.forbind.digitalpost.letter.LetterRecord;
import dk.forbind.digitalpost.letter.LetterStatus;
import dk.forbind.digitalpost.letter.LetterTable;
import dk.forbind.digitalpost.sf1601.KombiRequest;
import dk.forbind.digitalpost.sf1601.PrintRecipient;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one registered letter (the message names its UUID): a recipient registered for Digital Post gets it
 * there; one who is exempt or unknown to the register gets it on paper, addressed from the person register. A
 * letter sent already is not sent again. The exchange is about the recipient, so the platform records the
 * processing in the transparency registry, naming the sending authority and the case.
 */
public final class LetterDelivery implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(LetterDelivery.class);

    private final LetterTable letters;
    private final RegistrationLookup registrations;
    private final DigitalPostClient digitalPost;
    private final Supplier<Optional<PersonDirectory>> persons;

    public LetterDelivery(LetterTable letters, RegistrationLookup registrations, DigitalPostClient digitalPost,
                          Supplier<Optional<PersonDirectory>> persons) {
        this.letters = letters;
        this.registrations = registrations;
        this.digitalPost = digitalPost;
        this.persons = persons;
    }

    @Override
    public void process(Exchange exchange) throws SQLException {
        UUID uuid = uuidOf(exchange.getIn().getBody(String.class));
        LetterRecord letter = letters.letter(uuid).orElseThrow(() ->
                new InvalidMessageException("no letter " + uuid + " is registered"));
        if (letter.status().handedOver()) {
            LOG.info("Letter {} is {} already; it is not sent again", uuid, letter.status());
            return;
        }
        byte[] memo = letters.memo(uuid).orElseThrow(() ->
                new InvalidMessageException("the content of letter " + uuid + " is no longer kept"));
        describe(exchange.getIn(), letter);
        try {
            RegistrationStatus registration = registrations.statusOf(letter.recipient());
            if (registration == RegistrationStatus.REGISTERED) {
                String transaction = digitalPost.send(uuid, KombiRequest.digital(memo));
                letters.advance(uuid, LetterStatus.SENT, "Digital Post", "recipient registered; transaction "
                        + transaction, "DIGITAL", transaction);
            } else {
                PrintRecipient to = printRecipient(letter, registration);
                String transaction = digitalPost.send(uuid, KombiRequest.paper(memo, uuid, letter.label(), to));
                letters.advance(uuid, LetterStatus.PAPER, "Fysisk Post", "recipient " + words(registration)
                        + "; printed for " + to.postcode() + " " + to.city() + "; transaction " + transaction, "PAPER",
                        transaction);
            }
        } catch (InvalidMessageException | DigitalPostFailure e) {
            letters.advance(uuid, LetterStatus.ACCEPTED, "not sent", e.getMessage(), null, null);
            throw e;
        }
        exchange.getIn().setHeader(ForbindHeaders.TARGET_ORG, "Digital Post");
    }

    private PrintRecipient printRecipient(LetterRecord letter, RegistrationStatus registration) {
        DataSubject recipient = letter.recipient();
        String why = "the recipient is " + words(registration) + ", so letter " + letter.uuid() + " goes on paper,";
        if (recipient.type() != SubjectType.CPR) {
            throw new InvalidMessageException(why + " but a business has no address in the person register");
        }
        PersonDirectory directory = persons.get().orElseThrow(() -> new InvalidMessageException(why
                + " but this node has no person register to address it from"));
        PersonRecord person = directory.find(recipient.id()).orElseThrow(() -> new InvalidMessageException(why
                + " but the person register has no address for " + recipient));
        PrintRecipient to = PrintRecipient.of(recipient, person);
        if (!to.hasAddress()) {
            throw new InvalidMessageException(why + " but the person register's address for " + recipient
                    + " is incomplete");
        }
        return to;
    }

    /** The headers that say what the exchange is about, for the transparency registry. */
    private static void describe(Message message, LetterRecord letter) {
        message.setHeader(ForbindHeaders.SUBJECT_TYPE, letter.recipient().type().name());
        message.setHeader(ForbindHeaders.SUBJECT_ID, letter.recipient().id());
        message.setHeader(ForbindHeaders.INITIATOR_ORG, letter.senderId());
        message.setHeader(ForbindHeaders.INITIATOR_SYSTEM, letter.senderSystem());
        letter.caseIdIfAny().ifPresent(caseId -> message.setHeader(ForbindHeaders.CASE_ID, caseId));
    }

    private static String words(RegistrationStatus registration) {
        return List.of("registered for Digital Post", "exempt from Digital Post", "not registered for Digital Post")
                .get(registration.ordinal());
    }

    private static UUID uuidOf(String body) {
        try {
            return UUID.fromString(body == null ? "" : body.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("a delivery message names a letter by its UUID, got '" + body + "'");
        }
    }
}
