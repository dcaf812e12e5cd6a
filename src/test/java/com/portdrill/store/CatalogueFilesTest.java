package com.portdrill.store;

import com.portdrill.catalogue.Catalogue;
import com.portdrill.catalogue.IanaRegistry;
import com.portdrill.catalogue.IanaTable;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueFilesTest {
    @Test
    void loadsTheCatalogueFromTheClasspath() {
        Catalogue catalogue = CatalogueFiles.load();
        assertThat(catalogue.ports()).hasSize(70);
        assertThat(catalogue.port(22).orElseThrow().assessment().ianaService()).isEqualTo("ssh");
        assertThat(catalogue.iana().byPort(3306)).isNotEmpty();
    }

    @Test
    void theSlicedRegistryAnswersLikeTheFullTable() {
        IanaTable full = IanaFiles.full();
        IanaRegistry lazy = IanaFiles.registry(Set.of(80, 113));
        assertThat(lazy.byPort(80)).isEqualTo(full.byPort(80));
        assertThat(lazy.byPort(113)).isEqualTo(full.byPort(113));
        assertThat(lazy.byPort(443)).isEqualTo(full.byPort(443));
        assertThat(lazy.byName("domain")).isEqualTo(full.byName("domain"));
        assertThat(lazy.byPort(80)).isEqualTo(full.byPort(80));
    }
}
