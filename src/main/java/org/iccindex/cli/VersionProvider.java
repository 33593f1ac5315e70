package org.iccindex.cli;

import picocli.CommandLine.IVersionProvider;

class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = RootCommand.class.getPackage().getImplementationVersion();
        return new String[] {"icc-index " + (version == null ? "(development build)" : version)};
    }
}
