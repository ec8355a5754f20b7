package com.mailindashboard.secrets;

import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the dashboard keeps its data and the key its secrets are encrypted with.
 *
 * @param dataDir   the data directory ({@code DASHBOARD_DATA_DIR}): the H2 database, the generated key file,
 *                  export and verification files; its default ({@code ./data}) is in application.yml because
 *                  the datasource URL is built from it
 * @param secretKey the text the key that encrypts stored secrets is derived from ({@code DASHBOARD_SECRET_KEY});
 *                  empty: a random key generated once into the data directory
 */
@Validated
@ConfigurationProperties("dashboard")
public record StorageProperties(@NotBlank String dataDir, @DefaultValue("") String secretKey) {

    /** The data directory as a path. */
    public Path dataPath() {
        return Path.of(dataDir);
    }
}
