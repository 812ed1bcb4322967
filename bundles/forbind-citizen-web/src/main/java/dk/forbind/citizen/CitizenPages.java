package dk.forbind.citizen;

import dk.forbind.api.DataSubject;
import dk.forbind.api.DependencyUnavailableException;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.overview.HoldingsOverview;
import dk.forbind.api.transparency.CitizenUsage;
import dk.forbind.citizen.pages.AttorneyPage;
import dk.forbind.citizen.pages.HoldingsPage;
import dk.forbind.citizen.pages.Layout;
import dk.forbind.citizen.pages.MessagePage;
import dk.forbind.citizen.pages.Texts;
import dk.forbind.citizen.pages.UsagePage;
import dk.forbind.citizen.pages.UsageQuery;
import java.io.IOException;
import java.io.OutputStream;

/** The pages of a logged-in citizen: what is held about them, how it was used, whom they act for. */
final class CitizenPages {
    private final HoldingsOverview overview;
    private final CitizenUsage usage;
    private final int pageSize;

    CitizenPages(HoldingsOverview overview, CitizenUsage usage, int pageSize) {
        this.overview = overview;
        this.usage = usage;
        this.pageSize = Math.max(1, pageSize);
    }

    void holdings(WebExchange web, CitizenSession session, ForbindPrincipal citizen, DataSubject subject)
            throws IOException {
        Texts t = Texts.in(session.language());
        web.page(200, HoldingsPage.of(t, overview.of(citizen, subject), session.formToken(), viewing(t, citizen,
                subject)));
    }

    void usage(WebExchange web, CitizenSession session, ForbindPrincipal citizen, DataSubject subject)
            throws IOException {
        Texts t = Texts.in(session.language());
        UsageQuery query;
        try {
            query = UsageQuery.read(web.request::getParameter);
        } catch (IllegalArgumentException e) {
            web.page(400, MessagePage.error(t, t.raw("error.bad", e.getMessage()), session.formToken()));
            return;
        }
        try {
            CitizenUsage.Page page = usage.page(subject, new CitizenUsage.Filter(query.fromInstant(),
                    query.toInstant(), query.type(), query.authority()), (long) (query.page() - 1) * pageSize,
                    pageSize);
            web.page(200, UsagePage.of(t, query, page, pageSize, usage.authorities(subject), session.formToken(),
                    viewing(t, citizen, subject)));
        } catch (DependencyUnavailableException e) {
            web.page(503, MessagePage.error(t, t.raw("error.registry"), session.formToken()));
        }
    }

    void export(WebExchange web, CitizenSession session, DataSubject subject) throws IOException {
        String format = "csv".equals(web.request.getParameter("format")) ? "csv" : "json";
        web.headers();
        web.response.setContentType(format.equals("csv") ? "text/csv;charset=UTF-8"
                : "application/json;charset=UTF-8");
        web.response.setHeader("Content-Disposition", "attachment; filename=\"" + usage.exportFileName(format)
                + "\"");
        try (OutputStream out = web.response.getOutputStream()) {
            usage.export(subject, UsageQuery.ANY.fromInstant(), UsageQuery.ANY.toInstant(), format, out);
        }
    }

    void attorney(WebExchange web, CitizenSession session, ForbindPrincipal citizen, DataSubject subject)
            throws IOException {
        Texts t = Texts.in(session.language());
        web.page(200, AttorneyPage.of(t, citizen.subject().orElseThrow(), citizen.represents(), subject,
                session.formToken(), viewing(t, citizen, subject)));
    }

    /** The choice of whom to view, posted from the power-of-attorney page. */
    void choose(WebExchange web, CitizenSession session) throws IOException {
        String chosen = web.request.getParameter("subject");
        try {
            String[] typeAndId = chosen == null ? new String[0] : chosen.split(":", 2);
            session.view(typeAndId.length == 2 && typeAndId[0].equals("CVR") ? DataSubject.cvr(typeAndId[1])
                    : DataSubject.cpr(typeAndId.length == 2 ? typeAndId[1] : ""));
        } catch (IllegalArgumentException e) {
            Texts t = Texts.in(session.language());
            web.page(403, MessagePage.error(t, t.raw("error.bad", e.getMessage()), session.formToken()));
            return;
        }
        web.seeOther(Layout.BASE + "data");
    }

    /** The sentence above every page that says whose data it shows. */
    private static String viewing(Texts t, ForbindPrincipal citizen, DataSubject subject) {
        return citizen.subject().filter(subject::equals).isPresent() ? t.raw("viewing.self")
                : t.raw("viewing.other", AttorneyPage.shown(subject));
    }
}
