package vn.canhgiac.engine.forensics;

import org.jspecify.annotations.Nullable;

/**
 * A map listed in the report; {@code file} is set by whoever wrote it to disk (the CLI's
 * {@code --out}).
 */
public record MapEntry(String kind, @Nullable String file) {
}
