package cn.projectdesk.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar manifest ("dev" when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"ProjectDesk " + (version == null ? "dev" : version)};
    }
}
