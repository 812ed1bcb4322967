package dk.forbind.api.transparency;

import java.time.Instant;

/** The registry's operations for operators and auditors (shell, auditor API). */
public interface TransparencyRegistry {

    /** Walks the whole chain and every checkpoint; names the first broken record. */
    ChainVerification verify();

    /** Signs a checkpoint over the newest record now (no-op when there is nothing new). */
    void checkpoint();

    /**
     * Deletes the records up to the newest signed checkpoint whose records are all older than
     * {@code cutoff}; that checkpoint stays as the anchor of the remaining chain.
     */
    RetentionPurge purgeBefore(Instant cutoff);

    /** How far the intake has come (for metrics); reads the chain's head. */
    IntakeProgress intake();

    /** The public key that verifies checkpoint signatures, PEM-encoded (X.509 SubjectPublicKeyInfo). */
    String signingKeyPem();
}
