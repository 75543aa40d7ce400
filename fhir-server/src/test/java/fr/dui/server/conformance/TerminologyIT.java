package fr.dui.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.SharedServer;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

/** The DUI terminology is loaded at startup: $expand, $lookup and $validate-code answer for it. */
@DuiServerTest
class TerminologyIT {

    private static final String TRE_R260 =
            "https://mos.esante.gouv.fr/NOS/TRE_R260-HL7RoleClass/FHIR/TRE-R260-HL7RoleClass";
    private static final String TRE_R357 =
            "https://mos.esante.gouv.fr/NOS/TRE_R357-StatutPersonnePriseCharge/FHIR/TRE-R357-StatutPersonnePriseCharge";
    private static final String JDV_J252 =
            "https://mos.esante.gouv.fr/NOS/JDV_J252-StatutPersonnePriseChargeESMS/FHIR/JDV-J252-StatutPersonnePriseChargeESMS";

    private final IGenericClient client;

    TerminologyIT(SharedServer server) {
        this.client = server.client();
    }

    @Test
    void expandTheGirValueSet() {
        ValueSet expanded = client.operation()
                .onType(ValueSet.class)
                .named("$expand")
                .withParameter(Parameters.class, "url", new UriType("https://dui-libre.fr/fhir/ValueSet/dui-vs-gir"))
                .returnResourceType(ValueSet.class)
                .execute();

        assertThat(expanded.getExpansion().getContains())
                .extracting(c -> c.getCode())
                .containsExactlyInAnyOrder("MED-339", "MED-340", "MED-341", "MED-342", "MED-343", "MED-344");
    }

    @Test
    void lookUpTheRoleOfAPersonneDeConfiance() {
        Parameters result = client.operation()
                .onType("CodeSystem")
                .named("$lookup")
                .withParameter(Parameters.class, "system", new UriType(TRE_R260))
                .andParameter("code", new CodeType("NOK"))
                .execute();

        assertThat(result.getParameter("display").getValue().primitiveValue()).isEqualTo("personne de confiance");
    }

    @Test
    void validateWaitingListStatusCodes() {
        assertThat(validate("71")).isTrue();
        assertThat(validate("99")).isFalse();
    }

    private boolean validate(String code) {
        Parameters result = client.operation()
                .onType(ValueSet.class)
                .named("$validate-code")
                .withParameter(Parameters.class, "url", new UriType(JDV_J252))
                .andParameter("system", new UriType(TRE_R357))
                .andParameter("code", new CodeType(code))
                .execute();
        return ((BooleanType) result.getParameter("result").getValue()).booleanValue();
    }
}
