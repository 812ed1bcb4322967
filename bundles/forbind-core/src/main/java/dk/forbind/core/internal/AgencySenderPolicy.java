package dk.forbind.core.internal;

import dk.forbind.api.auth.AgencySystem;
import dk.forbind.core.BrokerSender;
import dk.forbind.core.PrincipalHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;

/**
 * Names the agency system that sent a message on the broker as its initiator: the broker writes the sender's
 * validated user on every message ({@link BrokerSender}), so an agency's system that logged in with its certificate
 * is known whatever initiator headers it wrote ({@link PrincipalHeaders#ofAgencySystem}). Messages the platform
 * itself sent (a replay, another connector) keep their headers.
 */
final class AgencySenderPolicy extends RoutePolicySupport {
    @Override
    public void onExchangeBegin(Route route, Exchange exchange) {
        Message in = exchange.getIn();
        BrokerSender.validatedUser(in).flatMap(AgencySystem::fromBrokerUser).ifPresent(system ->
                PrincipalHeaders.ofAgencySystem(system).forEach((name, value) -> {
                    if (value == null) {
                        in.removeHeader(name);
                    } else {
                        in.setHeader(name, value);
                    }
                }));
    }
}
