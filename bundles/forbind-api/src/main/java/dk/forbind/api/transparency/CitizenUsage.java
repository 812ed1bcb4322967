package dk.forbind.api.transparency;

import dk.forbind.api.DataSubject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * What a data subject may see of the transparency registry (GDPR art. 15), for pages that show it: their visible
 * records — never those still hidden — by period, authority and kind, page by page, and the whole copy as a
 * download. The caller has already established that whoever asks may see {@code subject}'s records.
 */
public interface CitizenUsage {

    /** Records in [from, to), of one processing type and one initiating authority (by code) when not null. */
    record Filter(Instant from, Instant to, ProcessingType type, String authority) {
    }

    /** One page of records, newest first, and how many match in all. */
    record Page(long total, List<DataAccessEvent> records) {
    }

    /** An authority that initiated some of the subject's records: its code (CVR) and name (may be null). */
    record Authority(String code, String name) {
    }

    /** @throws dk.forbind.api.DependencyUnavailableException when the registry's database does not answer */
    Page page(DataSubject subject, Filter filter, long offset, int limit);

    /** The authorities that initiated the subject's visible records, for a choice of authority. */
    List<Authority> authorities(DataSubject subject);

    /**
     * Writes every visible record of the subject in [from, to) as the art. 15 copy: {@code csv} (RFC 4180, one line
     * per record) or {@code json}.
     */
    void export(DataSubject subject, Instant from, Instant to, String format, OutputStream out) throws IOException;

    /** The file name a download of the copy made now should have, e.g. {@code forbind-data-usage-2026-12-01.csv}. */
    String exportFileName(String format);
}
