package cn.projectdesk.app.cli;

import cn.projectdesk.core.interop.ledger.LedgerMapping;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every Excel import shares: a saved column mapping, check only, JSON report. */
final class ExcelImportOptions {
    @Option(names = "--mapping", paramLabel = "F", descriptionKey = "ledger.mapping")
    Path mapping;

    @Option(names = "--dry-run", descriptionKey = "ledger.dryRun")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "ledger.json")
    boolean json;

    /** The saved mapping, or null to use the one proposed from the headers. */
    LedgerMapping mappingOrNull() throws IOException {
        return mapping == null ? null : LedgerMapping.read(mapping);
    }
}
