package dk.forbind.core;

import dk.forbind.api.DataSubject;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.auth.AgencySystem;
import dk.forbind.api.auth.ForbindPrincipal;
import java.util.HashMap;
import java.util.Map;

/**
 * What an adapter that authenticated a caller (REST, SOAP) puts on the message it hands to the
 * platform, so the connectors' level checks and the transparency capture know who acted:
 * {@code ForbindLoa}, {@code ForbindInitiatorPerson}, and — for a citizen acting for themselves,
 * when the message names no other subject — the citizen as {@code ForbindSubjectType/Id}. For an agency's
 * system the initiating organisation and system are the ones its certificate proved, whatever the caller wrote:
 * {@code ForbindInitiatorOrg} its CVR, {@code ForbindInitiatorSystem} its name and UUID, and no person or
 * organisation name of the caller's choosing (those keys map to null, which removes them).
 */
public final class PrincipalHeaders {
    private PrincipalHeaders() {
    }

    /** The headers for a message sent on behalf of {@code principal}; {@code existing} are the message's own. */
    public static Map<String, Object> of(ForbindPrincipal principal, Map<String, Object> existing) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(ForbindHeaders.LOA, principal.loa().label());
        headers.put(ForbindHeaders.INITIATOR_PERSON, principal.name());
        boolean namesSubject = existing.get(ForbindHeaders.SUBJECT_ID) != null;
        principal.agencySystem().ifPresent(system -> headers.putAll(ofAgencySystem(system)));
        principal.subject().filter(self -> !namesSubject).ifPresent(self -> {
            headers.put(ForbindHeaders.SUBJECT_TYPE, self.type().name());
            headers.put(ForbindHeaders.SUBJECT_ID, self.id());
        });
        return headers;
    }

    /**
     * The headers for a message about {@code subject} sent on behalf of {@code principal} — the subject themselves, or
     * someone acting for them: the principal's headers and the subject's type and id. The map is the caller's to add to.
     */
    public static Map<String, Object> about(ForbindPrincipal principal, DataSubject subject) {
        Map<String, Object> headers = of(principal, Map.of(ForbindHeaders.SUBJECT_ID, subject.id()));
        headers.put(ForbindHeaders.SUBJECT_TYPE, subject.type().name());
        headers.put(ForbindHeaders.SUBJECT_ID, subject.id());
        return headers;
    }

    /**
     * The initiator headers of a message an agency's system sent, as its certificate proved them: its CVR and its
     * system, and no caller-written person or organisation name (null values, which remove those headers).
     */
    public static Map<String, Object> ofAgencySystem(AgencySystem system) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(ForbindHeaders.INITIATOR_ORG, system.cvr());
        headers.put(ForbindHeaders.INITIATOR_SYSTEM, system.name() + " (" + system.systemId() + ")");
        headers.put(ForbindHeaders.INITIATOR_ORG_NAME, null);
        headers.put(ForbindHeaders.INITIATOR_PERSON, null);
        return headers;
    }
}
