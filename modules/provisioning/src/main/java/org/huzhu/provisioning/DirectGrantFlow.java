package org.huzhu.provisioning;

import java.util.Map;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;

/**
 * The password grant of {@code huzhu-cli}, for staff scripts only: username and password are checked first
 * (so a refusal tells nothing about who is a member, and wrong passwords count towards the lockout), then a
 * login with the member role is denied. Members log in through the browser (huzhu-web).
 */
final class DirectGrantFlow {

    static final String ALIAS = "huzhu direct grant";
    private static final String MEMBERS_DENIED = "huzhu direct grant: members denied";

    private DirectGrantFlow() {
    }

    /** The flow's id; made when missing (it is not changed once made). */
    static String ensure(RealmResource realm) {
        AuthenticationManagementResource flows = realm.flows();
        String existing = idOf(flows);
        if (existing != null) {
            return existing;
        }
        AuthenticationFlowRepresentation flow = new AuthenticationFlowRepresentation();
        flow.setAlias(ALIAS);
        flow.setDescription("Password grant for staff scripts; members are denied");
        flow.setProviderId("basic-flow");
        flow.setTopLevel(true);
        flow.setBuiltIn(false);
        KeycloakProvisioner.check(flows.createFlow(flow), "flow " + ALIAS);
        flows.addExecution(ALIAS, Map.of("provider", "direct-grant-validate-username"));
        flows.addExecution(ALIAS, Map.of("provider", "direct-grant-validate-password"));
        flows.addExecutionFlow(ALIAS, Map.of("alias", MEMBERS_DENIED, "type", "basic-flow",
                "description", "Members use the browser login"));
        flows.addExecution(MEMBERS_DENIED, Map.of("provider", "conditional-user-role"));
        flows.addExecution(MEMBERS_DENIED, Map.of("provider", "deny-access-authenticator"));
        for (AuthenticationExecutionInfoRepresentation execution : flows.getExecutions(ALIAS)) {
            boolean subFlow = Boolean.TRUE.equals(execution.getAuthenticationFlow());
            execution.setRequirement(subFlow ? "CONDITIONAL" : "REQUIRED");
            flows.updateExecutions(ALIAS, execution);
            if ("conditional-user-role".equals(execution.getProviderId())) {
                AuthenticatorConfigRepresentation config = new AuthenticatorConfigRepresentation();
                config.setAlias("huzhu member role");
                config.setConfig(Map.of("condUserRole", "member", "negate", "false"));
                KeycloakProvisioner.check(flows.newExecutionConfig(execution.getId(), config), "condition of " + ALIAS);
            }
        }
        return idOf(flows);
    }

    private static String idOf(AuthenticationManagementResource flows) {
        return flows.getFlows().stream().filter(f -> ALIAS.equals(f.getAlias()))
                .map(AuthenticationFlowRepresentation::getId).findFirst().orElse(null);
    }
}
