package dk.forbind.shell;

import java.time.Duration;

/** Durations as operators read them: {@code 2d 03:04:05}. */
final class Durations {
    private Durations() {
    }

    static String human(Duration duration) {
        long seconds = duration.getSeconds();
        long days = seconds / 86_400;
        String clock = String.format("%02d:%02d:%02d", (seconds / 3600) % 24, (seconds / 60) % 60, seconds % 60);
        return days > 0 ? days + "d " + clock : clock;
    }
}
