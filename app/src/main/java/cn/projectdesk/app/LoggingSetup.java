package cn.projectdesk.app;

import cn.projectdesk.core.setup.DataFolders;
import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Points Logback's rolling file at the data folder's logs/ before any logger exists, because the
 * folder is only known once the command line is read.
 */
final class LoggingSetup {
    static final String LOG_DIR_PROPERTY = "projectdesk.logDir";

    private LoggingSetup() {
    }

    static void beforeFirstLogger(String[] args) {
        Path dataDir = DataFolders.resolve(dataDirArgument(args));
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, dataDir.resolve("logs").toString());
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    static Path dataDirArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        return null;
    }
}
