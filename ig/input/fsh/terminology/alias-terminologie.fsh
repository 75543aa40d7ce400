// Alias propres aux fichiers de terminologie (préfixe $ans- pour les terminologies ANS reprises,
// $cs-dui- / $vs-dui- pour celles du DUI), distincts de ceux d'Aliases.fsh pour éviter tout conflit.

// Terminologies de référence (TRE) et systèmes de codes ANS
Alias: $ans-tre-r260 = https://mos.esante.gouv.fr/NOS/TRE_R260-HL7RoleClass/FHIR/TRE-R260-HL7RoleClass
Alias: $ans-tre-r216 = https://mos.esante.gouv.fr/NOS/TRE_R216-HL7RoleCode/FHIR/TRE-R216-HL7RoleCode
Alias: $ans-tre-r217 = https://mos.esante.gouv.fr/NOS/TRE_R217-ProtectionJuridique/FHIR/TRE-R217-ProtectionJuridique
Alias: $ans-tre-r357 = https://mos.esante.gouv.fr/NOS/TRE_R357-StatutPersonnePriseCharge/FHIR/TRE-R357-StatutPersonnePriseCharge
Alias: $ans-cisis = https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis
Alias: $ans-tre-r390 = https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r390-type-projet-personnalise
Alias: $ans-tre-r389 = https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r389-statut-bilan-projet-personnalise
Alias: $ans-tre-r338 = https://mos.esante.gouv.fr/NOS/TRE_R338-ModaliteAccueil/FHIR/TRE-R338-ModaliteAccueil
Alias: $ans-tre-r424 = https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r424-motif-absence
Alias: $ans-tre-a02 = https://mos.esante.gouv.fr/NOS/TRE_A02-ProfessionSavFaire-CISIS/FHIR/TRE-A02-ProfessionSavFaire-CISIS
Alias: $ans-tre-r85 = https://mos.esante.gouv.fr/NOS/TRE_R85-RolePriseCharge/FHIR/TRE-R85-RolePriseCharge
Alias: $ans-tre-r95 = https://mos.esante.gouv.fr/NOS/TRE_R95-UsagerTitre/FHIR/TRE-R95-UsagerTitre
Alias: $ans-tre-r94 = https://mos.esante.gouv.fr/NOS/TRE_R94-ProfessionSocial/FHIR/TRE-R94-ProfessionSocial
Alias: $ans-tre-r66 = https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement
Alias: $ans-tre-r420 = https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r420-droit-prestation

// Jeux de valeurs (JDV) ANS
Alias: $ans-jdv-j384 = https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j384-role-membre-famille-ms
Alias: $ans-jdv-j11 = https://mos.esante.gouv.fr/NOS/JDV_J11-RelationPatient-CISIS/FHIR/JDV-J11-RelationPatient-CISIS
Alias: $ans-jdv-j252 = https://mos.esante.gouv.fr/NOS/JDV_J252-StatutPersonnePriseChargeESMS/FHIR/JDV-J252-StatutPersonnePriseChargeESMS
Alias: $ans-jdv-checklist-dlu = https://smt.esante.gouv.fr/fhir/ValueSet/jdv-checklist-dlu-cisis
Alias: $ans-jdv-type-evenement-ssiad = https://smt.esante.gouv.fr/fhir/ValueSet/jdv-type-evenement-ssiad-cisis
Alias: $ans-jdv-j367 = https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j367-type-projet-personnalise-ms
Alias: $ans-jdv-j366 = https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j366-statut-bilan-projet-personnalise-ms
Alias: $ans-jdv-j226 = https://mos.esante.gouv.fr/NOS/JDV_J226-ModaliteAccueil-ROR/FHIR/JDV-J226-ModaliteAccueil-ROR

// Systèmes de codes du DUI
Alias: $cs-dui-mode-entree = https://dui-libre.fr/fhir/CodeSystem/dui-mode-entree
Alias: $cs-dui-mode-sortie = https://dui-libre.fr/fhir/CodeSystem/dui-mode-sortie
Alias: $cs-dui-temporalite-accueil = https://dui-libre.fr/fhir/CodeSystem/dui-temporalite-accueil
Alias: $cs-dui-type-presence = https://dui-libre.fr/fhir/CodeSystem/dui-type-presence
Alias: $cs-dui-motif-absence = https://dui-libre.fr/fhir/CodeSystem/dui-motif-absence
Alias: $cs-dui-cible-transmission = https://dui-libre.fr/fhir/CodeSystem/dui-cible-transmission
Alias: $cs-dui-etat-patient-dlu = https://dui-libre.fr/fhir/CodeSystem/dui-etat-patient-dlu
Alias: $cs-dui-type-prestation-sociale = https://dui-libre.fr/fhir/CodeSystem/dui-type-prestation-sociale
Alias: $cs-dui-statut-validation-pharmaceutique = https://dui-libre.fr/fhir/CodeSystem/dui-statut-validation-pharmaceutique
Alias: $cs-dui-motif-non-administration = https://dui-libre.fr/fhir/CodeSystem/dui-motif-non-administration
Alias: $cs-dui-type-contrat = https://dui-libre.fr/fhir/CodeSystem/dui-type-contrat
Alias: $cs-dui-type-consentement = https://dui-libre.fr/fhir/CodeSystem/dui-type-consentement
Alias: $cs-dui-type-document = https://dui-libre.fr/fhir/CodeSystem/dui-type-document
Alias: $cs-dui-type-evenement = https://dui-libre.fr/fhir/CodeSystem/dui-type-evenement
Alias: $cs-dui-categorie-communication = https://dui-libre.fr/fhir/CodeSystem/dui-categorie-communication
Alias: $cs-dui-origine-demande = https://dui-libre.fr/fhir/CodeSystem/dui-origine-demande
Alias: $cs-dui-type-decision-orientation = https://dui-libre.fr/fhir/CodeSystem/dui-type-decision-orientation
Alias: $cs-dui-categorie-observation = https://dui-libre.fr/fhir/CodeSystem/dui-categorie-observation
Alias: $cs-dui-error = https://dui-libre.fr/fhir/CodeSystem/dui-error
