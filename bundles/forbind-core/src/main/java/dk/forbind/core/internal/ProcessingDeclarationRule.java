package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDescriptor;
import java.util.Optional;

/** The platform rule that a connector handling data subjects must declare its processing. */
final class ProcessingDeclarationRule {

    private ProcessingDeclarationRule() {
    }

    /** Why the connector may not start, or empty if it may. */
    static Optional<String> refusal(ConnectorDescriptor descriptor) {
        if (descriptor.handlesDataSubjects() && descriptor.declaration() == null) {
            return Optional.of("connector '" + descriptor.id() + "' of agency " + descriptor.agency()
                    + " handles data subjects but has no processing declaration (purpose, legal basis, data categories,"
                    + " recipients, retention); add a ProcessingDeclaration to its ConnectorDescriptor");
        }
        return Optional.empty();
    }
}
