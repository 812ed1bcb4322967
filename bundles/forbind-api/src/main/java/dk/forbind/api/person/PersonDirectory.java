package dk.forbind.api.person;

import java.util.Optional;

/**
 * Looks a person up by CPR number in the agency's person register (name and address), for capabilities that need
 * to reach a person on paper. Published by the person-register connector.
 */
public interface PersonDirectory {

    /**
     * The person registered under this CPR number, if any.
     *
     * @throws dk.forbind.api.DependencyUnavailableException when the register's database does not answer
     */
    Optional<PersonRecord> find(String cpr);
}
