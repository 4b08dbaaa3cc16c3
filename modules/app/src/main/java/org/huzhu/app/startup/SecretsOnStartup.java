package org.huzhu.app.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.logging.Logger;
import org.huzhu.kernel.config.DeploymentSecrets;

/**
 * Refuses to start the app when it can be reached beyond this machine (a non-loopback bind or web URL) while
 * the web client's secret or the personal-data key is still the development default published in this
 * repository: with the one anyone could exchange login codes, with the other read every stored ID number.
 */
@ApplicationScoped
public class SecretsOnStartup {

    private static final Logger LOG = Logger.getLogger(SecretsOnStartup.class.getName());

    @Resource(lookup = "huzhu/httpHost")
    String httpHost;

    @Resource(lookup = "huzhu/webUrl")
    String webUrl;

    @Resource(lookup = "huzhu/webClientSecret")
    String webClientSecret;

    @Resource(lookup = "huzhu/piiKey")
    String piiKey;

    void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            DeploymentSecrets.requireReal(DeploymentSecrets.firstExposed(httpHost, webUrl),
                    Map.of("HUZHU_WEB_CLIENT_SECRET", webClientSecret, "HUZHU_PII_KEY", piiKey));
        } catch (IllegalStateException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
    }
}
