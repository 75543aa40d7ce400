// Usager : identité, INS, statut de l'identité (RNIV).

RuleSet: IdentiteUsager
* identifier 1..* MS
* identifier ^short = "Identifiants de l'usager : identifiant local (3+FINESS/idLocal) et, si l'identité est qualifiée, INS"
* identifier[PI] 1..1 MS
* identifier[PI].system = $id-usager (exactly)
* identifier[PI].system MS
* identifier[PI].value MS
* identifier[PI].value ^short = "3 + FINESS de l'ESSMS + / + identifiant local de l'usager (convention TDDUI)"
* identifier[PI] obeys dui-id-usager
* extension[identityReliability] 1..1 MS
* extension[identityReliability] ^short = "Statut de l'identité (RNIV), mode de validation, mode de récupération de l'INS"
* extension[identityReliability].extension[identityStatus] 1..1 MS
* name MS
* name[officialName] 1..1 MS
* name[officialName] ^short = "Nom de naissance et premier prénom de naissance"
* name[usualName] MS
* gender 1..1 MS
* birthDate 1..1 MS
* telecom MS
* address MS
* photo MS
* photo ^short = "Photo de l'usager (avec son accord, voir Consent droit à l'image)"
* extension[birthPlace] MS
* deceased[x] MS
* obeys dui-usager-statut-connu

Profile: DuiUsager
Parent: $fr-core-patient
Id: dui-usager
Title: "Usager (identité non qualifiée)"
Description: """Personne accompagnée par un établissement ou service social ou médico-social (ESSMS), dont l'identité
n'est pas qualifiée : identité provisoire ou validée sur pièce d'identité, sans INS. Dès qu'un INS est connu, l'usager
passe au profil Usager avec INS."""
* insert IdentiteUsager
* obeys dui-usager-sans-ins and dui-usager-non-qualifie

Profile: DuiUsagerIns
Parent: $fr-core-patient-ins
Id: dui-usager-ins
Title: "Usager avec INS"
Description: """Usager dont l'INS (matricule INS-NIR ou INS-NIA) a été récupéré ou vérifié par le téléservice INSi.
L'identité est « qualifiée » (statut VALI) quand l'INS a été obtenu par INSi et que les traits ont été validés sur une
pièce d'identité à haut niveau de confiance (mode de validation) ; sinon elle est « récupérée »."""
* insert IdentiteUsager
* identifier[INS-NIR] MS
* identifier[INS-NIA] MS
* identifier[INS-NIR-TEST] MS
* obeys dui-ins-present and dui-qualifiee-mode-validation and dui-qualifiee-insi and dui-ins-format

Invariant: dui-id-usager
Description: "L'identifiant local de l'usager suit la convention TDDUI : 3 + numéro FINESS (9 caractères) + / + identifiant local, sans espace."
Expression: "value.matches('^3([0-9]{2}|2A|2B)[0-9]{7}/[^ /]+$')"
Severity: #error

Invariant: dui-usager-sans-ins
Description: "Un usager sans identité qualifiée ne porte pas d'INS : un usager dont l'INS est connu relève du profil Usager avec INS (dui-usager-ins)."
Expression: "identifier.where(system = 'urn:oid:1.2.250.1.213.1.4.8' or system = 'urn:oid:1.2.250.1.213.1.4.9' or system = 'urn:oid:1.2.250.1.213.1.4.10' or system = 'urn:oid:1.2.250.1.213.1.4.11').empty()"
Severity: #error

Invariant: dui-usager-non-qualifie
Description: "Une identité sans INS n'est pas qualifiée : le statut VALI (identité qualifiée) demande un INS et relève du profil Usager avec INS."
Expression: "extension.where(url = 'https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability').extension.where(url = 'identityStatus').value.code != 'VALI'"
Severity: #error

Invariant: dui-usager-statut-connu
Description: "Le statut de l'identité de l'usager est renseigné (VIDE, PROV, VALI…)."
Expression: "extension.where(url = 'https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability').extension.where(url = 'identityStatus').value.code.exists()"
Severity: #error

Invariant: dui-ins-present
Description: "Un usager avec INS porte exactement un INS : INS-NIR, INS-NIA ou INS-NIR de test."
Expression: "identifier.where(system = 'urn:oid:1.2.250.1.213.1.4.8' or system = 'urn:oid:1.2.250.1.213.1.4.9' or system = 'urn:oid:1.2.250.1.213.1.4.10').count() = 1"
Severity: #error

Invariant: dui-qualifiee-mode-validation
Description: "Une identité qualifiée (statut VALI) indique le mode de validation des traits (pièce d'identité utilisée)."
Expression: "extension.where(url = 'https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability').where(extension.where(url = 'identityStatus').value.code = 'VALI').all(extension.where(url = 'validationMode').exists())"
Severity: #error

Invariant: dui-qualifiee-insi
Description: "Une identité qualifiée (statut VALI) a un INS obtenu ou vérifié par le téléservice INSi (mode de récupération INSI) à une date connue."
Expression: "extension.where(url = 'https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability').where(extension.where(url = 'identityStatus').value.code = 'VALI').all(extension.where(url = 'methodCollection').value.code = 'INSI' and extension.where(url = 'dateCollection').exists())"
Severity: #error

Invariant: dui-ins-format
Description: "Le matricule INS compte 15 caractères : 13 pour le NIR ou le NIA (2A ou 2B possibles pour la Corse) et 2 chiffres de clé."
Expression: "identifier.where(system = 'urn:oid:1.2.250.1.213.1.4.8' or system = 'urn:oid:1.2.250.1.213.1.4.9' or system = 'urn:oid:1.2.250.1.213.1.4.10').all(value.matches('^[12378][0-9]{4}([0-9]{2}|2A|2B)[0-9]{6}[0-9]{2}$'))"
Severity: #error
