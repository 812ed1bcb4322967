package dk.forbind.itests;

import org.junit.runner.RunWith;

/** Every Pax Exam scenario, on one booted distribution (see {@link SharedNodeSuite}). */
@RunWith(SharedNodeSuite.class)
public class ForbindNodeIT {
}
