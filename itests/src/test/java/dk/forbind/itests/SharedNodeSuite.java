package dk.forbind.itests;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.runners.Suite;
import org.junit.runners.model.InitializationError;
import org.junit.runners.model.RunnerBuilder;

/**
 * Runs every scenario — each concrete {@code *Scenario} class extending {@link ForbindTestSupport}, found
 * next to it, in name order — against one node: Pax Exam's {@code PerSuite} strategy keeps the container
 * while the runners of a suite still have classes to run, so the distribution boots once instead of once per
 * class. A new scenario joins by its name alone. Failsafe does not pick the scenarios up on their own (they do
 * not end in {@code IT}); {@code -Dit.test=CprBatchFlowScenario} runs one on a node of its own.
 */
public final class SharedNodeSuite extends Suite {

    public SharedNodeSuite(Class<?> suite, RunnerBuilder builder) throws InitializationError {
        super(builder, suite, scenarios());
    }

    static Class<?>[] scenarios() throws InitializationError {
        List<Class<?>> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.list(folderOf(ForbindTestSupport.class))) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith("Scenario.class")) {
                    Class<?> scenario = Class.forName(ForbindTestSupport.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length()), false,
                            ForbindTestSupport.class.getClassLoader());
                    if (ForbindTestSupport.class.isAssignableFrom(scenario)
                            && !Modifier.isAbstract(scenario.getModifiers())) {
                        scenarios.add(scenario);
                    }
                }
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new InitializationError(e);
        }
        if (scenarios.isEmpty()) {
            throw new InitializationError("no *Scenario class next to " + ForbindTestSupport.class.getName());
        }
        return scenarios.toArray(Class<?>[]::new);
    }

    private static Path folderOf(Class<?> type) throws URISyntaxException {
        Path classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.resolve(type.getPackageName().replace('.', '/'));
    }
}
