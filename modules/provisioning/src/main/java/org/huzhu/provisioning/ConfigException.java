package org.huzhu.provisioning;

/** A mistake in a tenant-config file, named by file, field and rule. */
public class ConfigException extends RuntimeException {

    public ConfigException(String file, String field, String rule) {
        super(file + ": " + field + ": " + rule);
    }
}
