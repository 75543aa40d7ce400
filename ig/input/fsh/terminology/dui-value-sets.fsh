// Jeux de valeurs du DUI (canonique https://dui-libre.fr/fhir). Les profils s'y lient par leur id ou leur nom.
// Ils combinent les systèmes de codes du DUI et, lorsqu'elles existent, les terminologies ANS reprises.

// ---------------------------------------------------------------------------------------------------------
// Séjour, présence, absence
// ---------------------------------------------------------------------------------------------------------

ValueSet: DuiVsModeEntree
Id: dui-vs-mode-entree
Title: "Mode d'entrée dans un séjour"
Description: "Provenance de l'usager lors de son entrée dans un séjour (tous les codes de dui-mode-entree)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-mode-entree

ValueSet: DuiVsModeSortie
Id: dui-vs-mode-sortie
Title: "Mode de sortie d'un séjour"
Description: "Motif ou destination de l'usager à la fin d'un séjour (tous les codes de dui-mode-sortie)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-mode-sortie

ValueSet: DuiVsTemporaliteAccueil
Id: dui-vs-temporalite-accueil
Title: "Temporalité de l'accueil"
Description: "Rythme et durée de l'accueil ou de l'accompagnement (tous les codes de dui-temporalite-accueil)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-temporalite-accueil

ValueSet: DuiVsTypePresence
Id: dui-vs-type-presence
Title: "Type de présence de l'usager"
Description: "Présence, absence ou absence prévue de l'usager (tous les codes de dui-type-presence)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-type-presence

ValueSet: DuiVsMotifAbsence
Id: dui-vs-motif-absence
Title: "Motif d'absence de l'usager"
Description: "Motif d'une absence de l'usager : motifs détaillés du DUI (dui-motif-absence) et motifs de la terminologie ANS TRE_R424 (à l'état de projet chez l'ANS)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-motif-absence
* $ans-tre-r424#1 "Hospitalisation de l'usager"
* $ans-tre-r424#2 "Raisons personnelles de l'usager"

// ---------------------------------------------------------------------------------------------------------
// Entourage et protection juridique
// ---------------------------------------------------------------------------------------------------------

ValueSet: DuiVsProtectionJuridique
Id: dui-vs-protection-juridique
Title: "Mesure de protection juridique"
Description: "Qualité de la personne exerçant une mesure de protection juridique de l'usager majeur : tous les codes de la terminologie ANS TRE_R217-ProtectionJuridique (tuteur, curateur, mandataire de sauvegarde)."
* insert DuiTermDuiMetadonnees
* $ans-tre-r217#TUTEUR "Tuteur"
* $ans-tre-r217#CURATEUR "Curateur"
* $ans-tre-r217#MSVG "Mandataire de sauvegarde"

// ---------------------------------------------------------------------------------------------------------
// Transmissions, évaluation, DLU
// ---------------------------------------------------------------------------------------------------------

ValueSet: DuiVsCibleTransmission
Id: dui-vs-cible-transmission
Title: "Cible d'une transmission ciblée"
Description: "Cible (thème) d'une transmission ciblée de l'équipe (tous les codes de dui-cible-transmission)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-cible-transmission

ValueSet: DuiVsEtatPatientDlu
Id: dui-vs-etat-patient-dlu
Title: "État de l'usager (DLU)"
Description: "Éléments de l'état de l'usager à renseigner dans le document de liaison d'urgence (tous les codes de dui-etat-patient-dlu)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-etat-patient-dlu

ValueSet: DuiVsGir
Id: dui-vs-gir
Title: "Groupe iso-ressources (GIR)"
Description: "Résultat de l'évaluation AGGIR : GIR 1 à GIR 6, codes MED-339 à MED-344 de la terminologie CI-SIS (ceux qu'utilise le questionnaire AGGIR PA SSIAD du guide ANS TDDUI)."
* insert DuiTermDuiMetadonnees
* $ans-cisis#MED-339 "GIR-1"
* $ans-cisis#MED-340 "GIR-2"
* $ans-cisis#MED-341 "GIR-3"
* $ans-cisis#MED-342 "GIR-4"
* $ans-cisis#MED-343 "GIR-5"
* $ans-cisis#MED-344 "GIR-6"

// ---------------------------------------------------------------------------------------------------------
// Professionnels et établissements
// ---------------------------------------------------------------------------------------------------------

ValueSet: DuiVsProfessionEssms
Id: dui-vs-profession-essms
Title: "Profession d'un professionnel d'ESSMS"
Description: "Professions et rôles des professionnels intervenant en ESSMS, repris du jeu de valeurs ANS JDV_J01-XdsAuthorSpecialty-CISIS : professions de santé (TRE_A02), rôles de prise en charge (TRE_R85), psychologue (TRE_R95) et assistant de service social (TRE_R94). Le système de codes diffère selon la profession."
* insert DuiTermDuiMetadonnees
* $ans-tre-a02#G15_10 "Médecin"
* $ans-tre-a02#G15_21 "Pharmacien"
* $ans-tre-a02#G15_60 "Infirmier"
* $ans-tre-a02#G15_70 "Masseur-Kinésithérapeute"
* $ans-tre-a02#G15_94 "Ergothérapeute"
* $ans-tre-a02#G15_96 "Psychomotricien"
* $ans-tre-a02#G15_91 "Orthophoniste"
* $ans-tre-a02#G15_95 "Diététicien"
* $ans-tre-r85#313 "Aide-soignant"
* $ans-tre-r85#328 "Accompagnant éducatif et social"
* $ans-tre-r85#326 "Educateur spécialisé"
* $ans-tre-r85#324 "Moniteur éducateur"
* $ans-tre-r85#325 "Educateur de jeunes enfants"
* $ans-tre-r85#327 "Educateur technique spécialisé"
* $ans-tre-r85#331 "Secrétaire assistante médico-administrative"
* $ans-tre-r85#359 "Directeur d'établissement"
* $ans-tre-r85#330 "Coordonnateur de parcours"
* $ans-tre-r85#372 "Aide à domicile"
* $ans-tre-r85#371 "Aide à domicile qualifié(e)"
* $ans-tre-r85#333 "Responsable de secteur"
* $ans-tre-r85#368 "Animateur"
* $ans-tre-r85#367 "Surveillant de nuit"
* $ans-tre-r85#322 "Assistant familial"
* $ans-tre-r85#319 "Technicien de l'intervention sociale et familiale"
* $ans-tre-r85#320 "Conseiller en économie sociale et familiale"
* $ans-tre-r85#307 "Mandataire judiciaire à la protection des majeurs (MJPM)"
* $ans-tre-r85#312 "Autre professionnel"
* $ans-tre-r95#93 "Psychologue"
* $ans-tre-r94#41 "Assistant de service social"

ValueSet: DuiVsCategorieEssms
Id: dui-vs-categorie-essms
Title: "Catégorie d'établissement ou de service social et médico-social"
Description: "Catégories FINESS (terminologie ANS TRE_R66-CategorieEtablissement) des établissements et services sociaux et médico-sociaux et de quelques dispositifs associés (CLIC, DAC, MDPH)."
* insert DuiTermDuiMetadonnees
* $ans-tre-r66#500 "Etablissement d'hébergement pour personnes âgées dépendantes"
* $ans-tre-r66#501 "EHPA percevant des crédits d'assurance maladie"
* $ans-tre-r66#502 "EHPA ne percevant pas des crédits d'assurance maladie"
* $ans-tre-r66#202 "Résidences autonomie"
* $ans-tre-r66#207 "Centre de jour pour personnes âgées"
* $ans-tre-r66#354 "Service de soins infirmiers à domicile (SSIAD)"
* $ans-tre-r66#460 "Service autonomie aide (SAA)"
* $ans-tre-r66#209 "Service autonomie aide et soins (SAAS)"
* $ans-tre-r66#183 "Institut médico-éducatif (IME)"
* $ans-tre-r66#186 "Institut thérapeutique éducatif et pédagogique (ITEP)"
* $ans-tre-r66#182 "Service d'éducation spéciale et de soins à domicile (SESSAD)"
* $ans-tre-r66#188 "Etablissement pour enfants ou adolescents polyhandicapés"
* $ans-tre-r66#190 "Centre action médico-sociale précoce (CAMSP)"
* $ans-tre-r66#189 "Centre médico-psycho-pédagogique (CMPP)"
* $ans-tre-r66#192 "Institut d'éducation motrice"
* $ans-tre-r66#255 "Maison d'accueil spécialisée (MAS)"
* $ans-tre-r66#437 "Foyer d'accueil médicalisé pour adultes handicapés (FAM)"
* $ans-tre-r66#448 "Etablissement d'Accueil Médicalisé en tout ou partie personnes handicapées"
* $ans-tre-r66#449 "Etablissement d'Accueil Non Médicalisé pour personnes handicapées"
* $ans-tre-r66#382 "Foyer de vie pour adultes handicapés"
* $ans-tre-r66#252 "Foyer d'hébergement d'adultes handicapés"
* $ans-tre-r66#246 "Etablissement et service d'aide par le travail (ESAT)"
* $ans-tre-r66#446 "Service d'accompagnement à la vie sociale (SAVS)"
* $ans-tre-r66#445 "Service d'accompagnement médico-social pour adultes handicapés"
* $ans-tre-r66#197 "Centre de soins d'accompagnement et de prévention en addictologie (CSAPA)"
* $ans-tre-r66#178 "Centre d'accueil et d'accompagnement à la réduction des risques pour usagers de drogues (CAARUD)"
* $ans-tre-r66#214 "Centre d'hébergement et de réinsertion sociale (CHRS)"
* $ans-tre-r66#443 "Centre d'accueil de demandeurs d'asile (CADA)"
* $ans-tre-r66#165 "Appartement de coordination thérapeutique (ACT)"
* $ans-tre-r66#180 "Lits halte soins santé (LHSS)"
* $ans-tre-r66#213 "Lits d'accueil médicalisés (L.A.M.)"
* $ans-tre-r66#177 "Maison d'enfants à caractère social"
* $ans-tre-r66#340 "Service mandataire judiciaire à la protection des majeurs"
* $ans-tre-r66#463 "Centre local d'information et de coordination de personnes âgées"
* $ans-tre-r66#606 "Dispositif d'appui à la coordination (DAC)"
* $ans-tre-r66#609 "Maison Départementale pour Personnes Handicapées (MDPH)"

// ---------------------------------------------------------------------------------------------------------
// Droits, prestations, décisions d'orientation, origine de la demande
// ---------------------------------------------------------------------------------------------------------

ValueSet: DuiVsPrestationSociale
Id: dui-vs-prestation-sociale
Title: "Prestation sociale ou droit"
Description: "Prestations et aides sociales de l'usager : codes du DUI (dui-type-prestation-sociale, dont l'APA et l'aide sociale à l'hébergement) et catégories de droits et prestations attribués par la CDAPH (niveau 1 de la terminologie ANS TRE_R420, à l'état de projet chez l'ANS)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-type-prestation-sociale
* $ans-tre-r420#1 "AAH et CPR"
* $ans-tre-r420#2 "ACFP et ACTP"
* $ans-tre-r420#3 "AVA (Assurance vieillesse des aidants)"
* $ans-tre-r420#4 "Carte mobilité inclusion"
* $ans-tre-r420#5 "PCH"
* $ans-tre-r420#6 "AEEH et son complément"
* $ans-tre-r420#7 "Orientation ESMS Enfants"
* $ans-tre-r420#8 "Orientation scolaire"
* $ans-tre-r420#9 "Matériel pédagogique adapté"
* $ans-tre-r420#10 "Accompagnant des élèves en situation de handicap (AESH)"
* $ans-tre-r420#11 "Formation et insertion professionnelle"
* $ans-tre-r420#12 "RQTH (Reconnaissance de la qualité de travailleur handicapé)"
* $ans-tre-r420#13 "Orientation ESMS Adultes"
* $ans-tre-r420#14 "Orientation vers un Pôle de compétences et de prestations externalisées (PCPE)"

ValueSet: DuiVsDecisionMdph
Id: dui-vs-decision-mdph
Title: "Décision d'orientation de la CDAPH"
Description: "Type de décision d'orientation de la CDAPH (MDPH) concernant l'usager : codes de la terminologie ANS TRE_R420 (orientation ESMS enfants ou adultes, orientation PCPE, RQTH), complétés du seul code « autre » du DUI (dui-type-decision-orientation)."
* insert DuiTermDuiMetadonnees
* $ans-tre-r420#7 "Orientation ESMS Enfants"
* $ans-tre-r420#13 "Orientation ESMS Adultes"
* $ans-tre-r420#14 "Orientation vers un Pôle de compétences et de prestations externalisées (PCPE)"
* $ans-tre-r420#12 "RQTH (Reconnaissance de la qualité de travailleur handicapé)"
* $cs-dui-type-decision-orientation#autre "Autre décision"

ValueSet: DuiVsOrigineDemande
Id: dui-vs-origine-demande
Title: "Origine de la demande d'admission"
Description: "Personne ou organisme à l'origine d'une demande d'admission ou d'accompagnement (tous les codes de dui-origine-demande)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-origine-demande

// ---------------------------------------------------------------------------------------------------------
// Médicament
// ---------------------------------------------------------------------------------------------------------

ValueSet: DuiVsStatutValidationPharmaceutique
Id: dui-vs-statut-validation-pharmaceutique
Title: "Statut de la validation pharmaceutique"
Description: "Résultat de l'analyse pharmaceutique d'une prescription (tous les codes de dui-statut-validation-pharmaceutique)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-statut-validation-pharmaceutique

ValueSet: DuiVsMotifNonAdministration
Id: dui-vs-motif-non-administration
Title: "Motif de non-administration d'un médicament"
Description: "Motif pour lequel une prise de médicament prévue n'a pas été administrée (tous les codes de dui-motif-non-administration)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-motif-non-administration

// ---------------------------------------------------------------------------------------------------------
// Contrats, consentements, documents
// ---------------------------------------------------------------------------------------------------------

ValueSet: DuiVsTypeContrat
Id: dui-vs-type-contrat
Title: "Type de contrat ou de document contractuel"
Description: "Documents contractuels de l'accueil ou de l'accompagnement (tous les codes de dui-type-contrat)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-type-contrat

ValueSet: DuiVsTypeConsentement
Id: dui-vs-type-consentement
Title: "Objet du consentement de l'usager"
Description: "Objet d'un consentement ou d'une opposition de l'usager (tous les codes de dui-type-consentement)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-type-consentement

ValueSet: DuiVsTypeDocument
Id: dui-vs-type-document
Title: "Type de document du dossier de l'usager"
Description: "Type des documents conservés dans le dossier de l'usager (tous les codes de dui-type-document)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-type-document

// ---------------------------------------------------------------------------------------------------------
// Agenda, communications, observations
// ---------------------------------------------------------------------------------------------------------

ValueSet: DuiVsTypeEvenement
Id: dui-vs-type-evenement
Title: "Type d'événement de l'agenda"
Description: "Type d'un événement de l'agenda : types du DUI (dui-type-evenement) et types d'intervention SSIAD de la terminologie CI-SIS (jdv-type-evenement-ssiad-cisis)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-type-evenement
* include codes from valueset $ans-jdv-type-evenement-ssiad

ValueSet: DuiVsCategorieCommunication
Id: dui-vs-categorie-communication
Title: "Catégorie de communication"
Description: "Catégorie d'un message ou d'une communication (tous les codes de dui-categorie-communication)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-categorie-communication

ValueSet: DuiVsCategorieObservation
Id: dui-vs-categorie-observation
Title: "Catégorie d'observation du DUI"
Description: "Catégorie des observations du dossier de l'usager (tous les codes de dui-categorie-observation)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-categorie-observation

ValueSet: DuiVsError
Id: dui-vs-error
Title: "Codes d'erreur du serveur DUI"
Description: "Tous les codes d'erreur stables du serveur DUI (dui-error)."
* insert DuiTermDuiMetadonnees
* include codes from system $cs-dui-error
