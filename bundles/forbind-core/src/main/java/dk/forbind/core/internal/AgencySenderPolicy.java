package dk.forbind.core.internal;

import dk.forbind.api.auth.AgencySystem;
import dk.forbind.core.PrincipalHeaders;
import javax.jms.JMSException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Route;
import org.apache.camel.component.jms.JmsMessage;
import org.apache.camel.support.RoutePolicySupport;

/**
 * Names the agency system that sent a message on the broker as its initiator: the broker writes the sender's
 * validated user ({@code JMSXUserID}) on every message, so an agency's system that logged in with its certificate
 * is known whatever initiator headers it wrote ({@link PrincipalHeaders#ofAgencySystem}). Messages the platform
 * itself sent (a replay, another connector) keep their headers.
 */
final class AgencySenderPolicy extends RoutePolicySupport {
    static final String VALIDATED_USER = "JMSXUserID";

    @Override
    public void onExchangeBegin(Route route, Exchange exchange) {
        Message in = exchange.getIn();
        if (!(in instanceof JmsMessage jms) || jms.getJmsMessage() == null) {
            return;
        }
        AgencySystem.fromBrokerUser(validatedUser(jms)).ifPresent(system ->
                PrincipalHeaders.ofAgencySystem(system).forEach((name, value) -> {
                    if (value == null) {
                        in.removeHeader(name);
                    } else {
                        in.setHeader(name, value);
                    }
                }));
    }

    private static String validatedUser(JmsMessage message) {
        try {
            return message.getJmsMessage().getStringProperty(VALIDATED_USER);
        } catch (JMSException unreadable) {
            return null;
        }
    }
}
