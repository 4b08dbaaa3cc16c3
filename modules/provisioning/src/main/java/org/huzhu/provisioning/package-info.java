/**
 * The provisioning tool: applies the folders of tenant-config to Keycloak (realm, clients, roles, one
 * organization per tenant, users) and to the database (schema, tenant row, calendar, demo data). Runs as
 * its own process because keycloak-admin-client's RESTEasy cannot live inside the app's JAX-RS.
 */
package org.huzhu.provisioning;
