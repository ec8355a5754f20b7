package com.mailindashboard.domains;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.domains.DomainNameRules.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainNameRulesTest {

    @Test
    void validNamesPassWithTheirLineAndNormalizedForm() {
        List<Verdict> verdicts = DomainNameRules.check("example.com\n\n  Shop-Now.CO \nhttps://www.site.ca/path\nbrand.biz.", true);

        assertThat(verdicts).extracting(Verdict::line).containsExactly(1, 3, 4, 5);
        assertThat(verdicts).extracting(Verdict::name)
                .containsExactly("example.com", "shop-now.co", "site.ca", "brand.biz");
        assertThat(verdicts).allMatch(Verdict::ok);
        assertThat(verdicts.get(1).input()).isEqualTo("Shop-Now.CO");
    }

    @Test
    void commaSeparatedNamesKeepTheLineTheyAreOn() {
        List<Verdict> verdicts = DomainNameRules.check("a-one.com, a-two.com\r\nb-three.com,,\rc-four.com", true);

        assertThat(verdicts).extracting(Verdict::name).containsExactly("a-one.com", "a-two.com", "b-three.com", "c-four.com");
        assertThat(verdicts).extracting(Verdict::line).containsExactly(1, 1, 2, 3);
    }

    @Test
    void syntaxProblemsAreInvalid() {
        List<Verdict> verdicts = DomainNameRules.check(List.of("no-dot", "-lead.com", "trail-.com", "under_score.com",
                "two..dots.com", "a.c", "x.com1", "space here.com", "a".repeat(64) + ".com"), false);

        assertThat(verdicts).extracting(Verdict::problem).containsOnly("domains.name.invalid");
        assertThat(verdicts).hasSize(9);
    }

    @Test
    void onlyMailinsTldsWhenRestricted() {
        assertThat(DomainNameRules.check("example.net\nexample.org\nexample.com", true))
                .extracting(Verdict::problem).containsExactly("domains.name.tld", "domains.name.tld", null);
        assertThat(DomainNameRules.check("example.net\nexample.co.uk", false)).allMatch(Verdict::ok);
    }

    @Test
    void aRepeatedNameIsADuplicateAfterNormalizing() {
        List<Verdict> verdicts = DomainNameRules.check("same.com\nSAME.com\nwww.same.com\nother.com", true);

        assertThat(verdicts).extracting(Verdict::problem)
                .containsExactly(null, "domains.name.duplicate", "domains.name.duplicate", null);
        assertThat(verdicts.get(1).line()).isEqualTo(2);
    }

    @Test
    void blankInputHasNoVerdicts() {
        assertThat(DomainNameRules.check((String) null, true)).isEmpty();
        assertThat(DomainNameRules.check(" \n , \n", true)).isEmpty();
        assertThat(DomainNameRules.entries("x.com\n\ny.com")).extracting(DomainNameRules.Entry::line).containsExactly(1, 3);
    }

    @Test
    void aListOfEntriesIsNumberedByPosition() {
        List<Verdict> verdicts = DomainNameRules.check(java.util.Arrays.asList("one.com", null, " ", "bad name"), true);

        assertThat(verdicts).extracting(Verdict::line).containsExactly(1, 4);
        assertThat(verdicts.get(1).problem()).isEqualTo("domains.name.invalid");
    }
}
