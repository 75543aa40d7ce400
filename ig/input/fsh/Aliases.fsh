// Alias communs au guide : profils FR Core, systèmes d'identifiants, terminologies.

// FR Core 2.1.0
Alias: $fr-core-patient = https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient
Alias: $fr-core-patient-ins = https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-ins
Alias: $fr-core-organization = https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-organization
Alias: $fr-core-practitioner = https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-practitioner
Alias: $fr-core-practitioner-role = https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-practitioner-role
Alias: $fr-core-related-person = https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-related-person
Alias: $fr-core-schedule = https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-schedule
Alias: $fr-core-slot = https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-slot
Alias: $fr-core-location = https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-location
Alias: $fr-core-identity-reliability = https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability
Alias: $fr-core-cs-v2-0203 = https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203
Alias: $fr-core-cs-v2-0445 = https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0445
Alias: $fr-core-cs-mode-validation = https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-mode-validation-identity
Alias: $fr-core-cs-method-collection = https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-method-collection
Alias: $patient-birthPlace = http://hl7.org/fhir/StructureDefinition/patient-birthPlace
Alias: $fr-core-address-insee-code = https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code

// Systèmes d'identifiants (INS, professionnels, structures, TDDUI)
Alias: $ins-nir = urn:oid:1.2.250.1.213.1.4.8
Alias: $ins-nia = urn:oid:1.2.250.1.213.1.4.9
Alias: $ins-nir-test = urn:oid:1.2.250.1.213.1.4.10
Alias: $idnatps = urn:oid:1.2.250.1.71.4.2.1
Alias: $idnatst = urn:oid:1.2.250.1.71.4.2.2
Alias: $finess = https://finess.esante.gouv.fr
Alias: $id-usager = https://identifiant-medicosocial-localusager.esante.gouv.fr
Alias: $id-sejour = https://identifiant-medicosocial-sejour.esante.gouv.fr
Alias: $id-evenement = https://identifiant-medicosocial-evenement.esante.gouv.fr
Alias: $id-evaluation = https://identifiant-medicosocial-evaluation.esante.gouv.fr
Alias: $id-projet = https://identifiant-medicosocial-projetpersonnalise.esante.gouv.fr
Alias: $id-objectif = https://identifiant-medicosocial-objectif.esante.gouv.fr
Alias: $id-attente = https://identifiant-medicosocial-attente.esante.gouv.fr
Alias: $id-action = https://identifiant-medicosocial-action.esante.gouv.fr
Alias: $id-presence = https://identifiant-medicosocial-presenceabsence.esante.gouv.fr

// Terminologies HL7 et internationales
Alias: $v2-0203 = http://terminology.hl7.org/CodeSystem/v2-0203
Alias: $v3-ActCode = http://terminology.hl7.org/CodeSystem/v3-ActCode
Alias: $obs-category = http://terminology.hl7.org/CodeSystem/observation-category
Alias: $consentscope = http://terminology.hl7.org/CodeSystem/consentscope
Alias: $loinc = http://loinc.org
Alias: $sct = http://snomed.info/sct
Alias: $signature-type = urn:iso-astm:E1762-95:2013

// Terminologies ANS (reprises partiellement dans terminology/)
Alias: $TRE-R260 = https://mos.esante.gouv.fr/NOS/TRE_R260-HL7RoleClass/FHIR/TRE-R260-HL7RoleClass
Alias: $TRE-R216 = https://mos.esante.gouv.fr/NOS/TRE_R216-HL7RoleCode/FHIR/TRE-R216-HL7RoleCode
Alias: $TRE-R357 = https://mos.esante.gouv.fr/NOS/TRE_R357-StatutPersonnePriseCharge/FHIR/TRE-R357-StatutPersonnePriseCharge
Alias: $TRE-R66 = https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement
Alias: $TRE-R85 = https://mos.esante.gouv.fr/NOS/TRE_R85-RolePriseCharge/FHIR/TRE-R85-RolePriseCharge
Alias: $TRE-A02 = https://mos.esante.gouv.fr/NOS/TRE_A02-ProfessionSavFaire-CISIS/FHIR/TRE-A02-ProfessionSavFaire-CISIS
Alias: $TRE-R95 = https://mos.esante.gouv.fr/NOS/TRE_R95-UsagerTitre/FHIR/TRE-R95-UsagerTitre
Alias: $TRE-R94 = https://mos.esante.gouv.fr/NOS/TRE_R94-ProfessionSocial/FHIR/TRE-R94-ProfessionSocial
Alias: $TRE-R338 = https://mos.esante.gouv.fr/NOS/TRE_R338-ModaliteAccueil/FHIR/TRE-R338-ModaliteAccueil
Alias: $TRE-R390 = https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r390-type-projet-personnalise
Alias: $TRE-R420 = https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r420-droit-prestation
Alias: $cisis = https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis
Alias: $JDV-J252 = https://mos.esante.gouv.fr/NOS/JDV_J252-StatutPersonnePriseChargeESMS/FHIR/JDV-J252-StatutPersonnePriseChargeESMS
Alias: $JDV-J226 = https://mos.esante.gouv.fr/NOS/JDV_J226-ModaliteAccueil-ROR/FHIR/JDV-J226-ModaliteAccueil-ROR
Alias: $JDV-J11 = https://mos.esante.gouv.fr/NOS/JDV_J11-RelationPatient-CISIS/FHIR/JDV-J11-RelationPatient-CISIS
Alias: $JDV-J384 = https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j384-role-membre-famille-ms
Alias: $JDV-J367 = https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j367-type-projet-personnalise-ms

// Terminologies du DUI (terminology/)
Alias: $dui-categorie-observation = https://dui-libre.fr/fhir/CodeSystem/dui-categorie-observation
Alias: $dui-observation-code = https://dui-libre.fr/fhir/CodeSystem/dui-observation-code
Alias: $dui-type-presence = https://dui-libre.fr/fhir/CodeSystem/dui-type-presence
Alias: $dui-type-contrat = https://dui-libre.fr/fhir/CodeSystem/dui-type-contrat
Alias: $dui-type-consentement = https://dui-libre.fr/fhir/CodeSystem/dui-type-consentement
Alias: $dui-type-document = https://dui-libre.fr/fhir/CodeSystem/dui-type-document
Alias: $dui-type-evenement = https://dui-libre.fr/fhir/CodeSystem/dui-type-evenement
Alias: $dui-cible-transmission = https://dui-libre.fr/fhir/CodeSystem/dui-cible-transmission
Alias: $dui-mode-entree = https://dui-libre.fr/fhir/CodeSystem/dui-mode-entree
Alias: $dui-mode-sortie = https://dui-libre.fr/fhir/CodeSystem/dui-mode-sortie
Alias: $dui-temporalite-accueil = https://dui-libre.fr/fhir/CodeSystem/dui-temporalite-accueil
Alias: $dui-motif-absence = https://dui-libre.fr/fhir/CodeSystem/dui-motif-absence
Alias: $dui-origine-demande = https://dui-libre.fr/fhir/CodeSystem/dui-origine-demande
Alias: $dui-type-prestation-sociale = https://dui-libre.fr/fhir/CodeSystem/dui-type-prestation-sociale
Alias: $dui-statut-validation-pharmaceutique = https://dui-libre.fr/fhir/CodeSystem/dui-statut-validation-pharmaceutique
Alias: $dui-motif-non-administration = https://dui-libre.fr/fhir/CodeSystem/dui-motif-non-administration
Alias: $dui-categorie-communication = https://dui-libre.fr/fhir/CodeSystem/dui-categorie-communication
Alias: $dui-etat-patient-dlu = https://dui-libre.fr/fhir/CodeSystem/dui-etat-patient-dlu
Alias: $dui-aggir-modalite = https://dui-libre.fr/fhir/CodeSystem/dui-aggir-modalite
Alias: $dui-demande-type = https://dui-libre.fr/fhir/CodeSystem/dui-demande-type
Alias: $fr-core-organization-capacity = https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-organization-number-of-theorical-accomadation-space
Alias: $JDV-J129 = https://mos.esante.gouv.fr/NOS/JDV_J129-CategorieEtablissement-RASS/FHIR/JDV-J129-CategorieEtablissement-RASS
