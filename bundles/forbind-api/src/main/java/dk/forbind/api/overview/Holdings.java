package dk.forbind.api.overview;

import java.util.List;
import java.util.Objects;

/** What one connector's systems hold about a subject, as the citizen sees it: the items, none when nothing. */
public record Holdings(List<HeldItem> items) {
    public Holdings {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
}
