package dk.forbind.api.transparency;

/** What a retention purge removed: records up to and including {@code anchorSeq}, whose checkpoint stays. */
public record RetentionPurge(long purgedRecords, Long anchorSeq) {

    public static RetentionPurge nothing() {
        return new RetentionPurge(0, null);
    }
}
