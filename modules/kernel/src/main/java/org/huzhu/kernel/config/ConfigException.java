package org.huzhu.kernel.config;

/** A mistake in a configuration file, named by file, field and rule. */
public class ConfigException extends RuntimeException {

    public ConfigException(String file, String field, String rule) {
        super(file + ": " + field + ": " + rule);
    }
}
