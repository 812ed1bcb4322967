package dk.forbind.digitalpost.delivery;

import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.auth.AgencySystem;
import dk.forbind.core.BrokerSender;
import dk.forbind.digitalpost.DigitalPostLetters;
import dk.forbind.digitalpost.LetterSender;
import dk.forbind.digitalpost.letter.Registration;
import dk.forbind.digitalpost.memo.LetterRejected;
import dk.forbind.digitalpost.memo.MemoLetter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a letter handed in on the broker ({@code forbind.digitalpost.outbound}, MeMo XML or JSON): checks it,
 * registers it for its sender — an agency's system as the broker validated it, which must own the letter's sender
 * id, or the platform's own account — and passes its UUID on for delivery ({@link #DELIVER} set). A letter already
 * handed over is not passed on again; an invalid letter or a reused UUID is parked with every reason.
 */
public final class LetterIntake implements Processor {
    /** Exchange property: the letter is to be delivered. */
    public static final String DELIVER = "ForbindDeliverLetter";
    private static final Logger LOG = LoggerFactory.getLogger(LetterIntake.class);

    private final DigitalPostLetters letters;

    public LetterIntake(DigitalPostLetters letters) {
        this.letters = letters;
    }

    @Override
    public void process(Exchange exchange) throws SQLException {
        Message in = exchange.getIn();
        byte[] document = in.getBody(byte[].class);
        if (document == null || document.length == 0) {
            throw new LetterRejected("the message has no letter in it");
        }
        MemoLetter letter = letters.read(document, isJson(document));
        Registration registration = letters.register(letter, senderOf(in), in.getHeader(ForbindHeaders.CORRELATION_ID,
                String.class));
        // the delivery is about the recipient and records it; the hand-in records nothing of its own
        in.removeHeaders("ForbindSubject*");
        switch (registration.outcome()) {
            case CONFLICT -> throw new InvalidMessageException("messageUUID " + letter.uuid() + " is already the UUID"
                    + " of another letter (accepted " + registration.letter().acceptedAt() + " from "
                    + registration.letter().senderSystem() + "); every letter needs its own UUID");
            case SAME -> LOG.info("Letter {} was handed in before and is {}", letter.uuid(), registration.letter().status());
            case NEW -> LOG.info("Letter {} to {} accepted from {}", letter.uuid(), letter.recipient(),
                    registration.letter().senderSystem());
        }
        boolean deliver = !registration.letter().status().handedOver();
        exchange.setProperty(DELIVER, deliver);
        in.setBody(letter.uuid().toString());
    }

    private static LetterSender senderOf(Message in) {
        Optional<String> user = BrokerSender.validatedUser(in);
        return user.flatMap(AgencySystem::fromBrokerUser).map(LetterSender::agency)
                .orElseGet(() -> LetterSender.platform(user.orElse("broker")));
    }

    private static boolean isJson(byte[] document) {
        String start = new String(document, 0, Math.min(document.length, 64), StandardCharsets.UTF_8).stripLeading();
        return start.startsWith("{");
    }
}
