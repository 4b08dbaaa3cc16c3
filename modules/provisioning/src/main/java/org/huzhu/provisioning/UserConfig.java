package org.huzhu.provisioning;

import java.util.List;

/** A login to create: realm roles, and the org unit (by code) a clerk or member belongs to. */
public record UserConfig(String username, List<String> roles, String orgUnit, String firstName, String lastName) {
}
