package dk.forbind.overview;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.overview.HoldingsOverview;
import dk.forbind.api.overview.Overview;
import dk.forbind.api.overview.SubjectSources;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The node's overview of what is held about a subject: the connectors' look-ups, asked in parallel. */
@Component(service = HoldingsOverview.class, configurationPid = OverviewConfig.PID)
@Designate(ocd = OverviewConfig.class)
public class HoldingsService implements HoldingsOverview {
    private static final Logger LOG = LoggerFactory.getLogger(HoldingsService.class);

    @Reference
    private SubjectSources sources;

    private ThreadPoolExecutor threads;
    private ParallelAsk ask;

    @Activate
    void activate(OverviewConfig config) {
        int size = Math.max(1, config.threads());
        AtomicInteger counter = new AtomicInteger();
        threads = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.queue())), r -> {
                    Thread t = new Thread(r, "forbind-overview-" + counter.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        threads.allowCoreThreadTimeOut(true);
        Duration timeout = Duration.ofMillis(Math.max(1, config.source_timeout_ms()));
        ask = new ParallelAsk(sources, threads, timeout, Clock.systemUTC());
        LOG.info("Overview: asks each source for at most {} ms, {} threads", timeout.toMillis(), size);
    }

    @Deactivate
    void deactivate() {
        threads.shutdownNow();
    }

    @Override
    public Overview of(ForbindPrincipal asker, DataSubject subject) {
        return ask.of(asker, subject);
    }
}
