// Systèmes de codes ANS (NOS / SMT) repris partiellement sous leur URL officielle, pour un usage hors ligne.
// Seuls les codes utiles à un DUI sont repris (content = fragment). La référence reste la terminologie publiée
// par l'ANS : https://interop.esante.gouv.fr/terminologies/ (serveur SMT https://smt.esante.gouv.fr/fhir).

// ---------------------------------------------------------------------------------------------------------
// Entourage : rôles (TRE_R260), liens de parenté (TRE_R216), protection juridique (TRE_R217)
// ---------------------------------------------------------------------------------------------------------

CodeSystem: TRE_R260_HL7RoleClass
Id: TRE-R260-HL7RoleClass
Title: "TRE_R260 HL7RoleClass (extrait)"
Description: "Reprise partielle, pour un usage hors ligne, du système de codes ANS TRE_R260-HL7RoleClass : rôle de la personne point de contact auprès de l'usager. Seuls les codes marqués « médico-social » (ms) par l'ANS, qui forment le jeu de valeurs JDV J384, sont repris. Le code QUAL (déprécié le 29/03/2024) est remplacé par NOK."
* insert DuiTermAnsMetadonnees(https://mos.esante.gouv.fr/NOS/TRE_R260-HL7RoleClass/FHIR/TRE-R260-HL7RoleClass)
* insert DuiTermOid(2.16.840.1.113883.5.110)
* insert DuiTermAnsFragment
* #ECON "personne à prévenir en cas d'urgence"
* #GUARD "Responsable légal"
* #NOK "personne de confiance"
* #CAREGIVER "Aidant"
* #CON "Informateur"

CodeSystem: TRE_R216_HL7RoleCode
Id: TRE-R216-HL7RoleCode
Title: "TRE_R216 HL7RoleCode (extrait)"
Description: "Reprise partielle, pour un usage hors ligne, du système de codes ANS TRE_R216-HL7RoleCode : lien de parenté ou relation de la personne de l'entourage avec l'usager. Seuls les codes du jeu de valeurs JDV_J11-RelationPatient-CISIS sont repris."
* insert DuiTermAnsMetadonnees(https://mos.esante.gouv.fr/NOS/TRE_R216-HL7RoleCode/FHIR/TRE-R216-HL7RoleCode)
* insert DuiTermOid(2.16.840.1.113883.5.111)
* insert DuiTermAnsFragment
* #MTH "Mère"
* #FTH "Père"
* #NMTH "Mère biologique"
* #NFTH "Père biologique"
* #STPMTH "Belle-mère - épouse du père ou de la mère"
* #STPFTH "Beau-père - époux du père ou de la mère"
* #GRMTH "Grand-mère"
* #GRFTH "Grand-père"
* #GGRMTH "Arrière-grand-mère"
* #GGRFTH "Arrière-grand-père"
* #DAU "Fille biologique"
* #SON "Fils biologique"
* #BRO "Frère"
* #SIS "Soeur"
* #HBRO "Demi-frère"
* #HSIS "Demi-soeur"
* #GRNDDAU "Petite-fille"
* #GRNDSO "Petit-fils"
* #UNCLE "Oncle"
* #AUNT "Tante"
* #NEPHEW "Neveu"
* #NIECE "Nièce"
* #HUSB "Epoux"
* #WIFE "Epouse"
* #DOMPART "Concubin(e) ou partenaire PACS"
* #ROOM "Personne vivant sous le même toit"
* #FRND "Autre proche"
* #NBOR "Voisin(e)"
* #FAMMEMB "Autre membre de la famille"
* #CHILD "Enfant"
* #COUSN "Cousin(e)"
* #SIGOTHR "Conjoint"
* #DAUC "Fille"
* #SONC "Fils"

CodeSystem: TRE_R217_ProtectionJuridique
Id: TRE-R217-ProtectionJuridique
Title: "TRE_R217 ProtectionJuridique (extrait)"
Description: "Reprise, pour un usage hors ligne, du système de codes ANS TRE_R217-ProtectionJuridique : qualité de la personne exerçant une mesure de protection juridique de l'usager majeur."
* insert DuiTermAnsMetadonnees(https://mos.esante.gouv.fr/NOS/TRE_R217-ProtectionJuridique/FHIR/TRE-R217-ProtectionJuridique)
* insert DuiTermOid(1.2.250.1.213.1.1.4.327)
* insert DuiTermAnsFragment
* #TUTEUR "Tuteur"
* #CURATEUR "Curateur"
* #MSVG "Mandataire de sauvegarde"

// ---------------------------------------------------------------------------------------------------------
// Statut de la personne prise en charge (liste d'attente, admission) : TRE_R357
// ---------------------------------------------------------------------------------------------------------

CodeSystem: TRE_R357_StatutPersonnePriseCharge
Id: TRE-R357-StatutPersonnePriseCharge
Title: "TRE_R357 StatutPersonnePriseCharge (extrait)"
Description: "Reprise partielle, pour un usage hors ligne, du système de codes ANS TRE_R357-StatutPersonnePriseCharge (suivi des décisions d'orientation). Seuls les statuts de niveau ESMS, qui forment le jeu de valeurs JDV_J252, sont repris ; les statuts de niveau unité (180 à 188) ne le sont pas."
* insert DuiTermAnsMetadonnees(https://mos.esante.gouv.fr/NOS/TRE_R357-StatutPersonnePriseCharge/FHIR/TRE-R357-StatutPersonnePriseCharge)
* insert DuiTermOid(1.2.250.1.213.3.3.247)
* insert DuiTermAnsFragment
* #37 "Décision d'orientation annulée"
* #39 "Notification envoyée"
* #40 "Notification lue"
* #41 "Contact effectué"
* #42 "Liste d'attente. En cours d'analyse, demande d'admission reçue dans l'ESMS"
* #43 "Période d'essai en cours dans l'ESMS"
* #44 "Période d'essai non concluante dans l'ESMS"
* #45 "Admission impossible signalée"
* #46 "Admission impossible entérinée"
* #47 "Usager entré"
* #48 "Usager sorti"
* #49 "Notification annulée"
* #51 "Demande de réorientation dans l'ESMS"
* #54 "Notification réactivée"
* #71 "Liste d'attente. Admis dans l'ESMS"
* #72 "Liste d'attente. Admissible dans l'ESMS"

// ---------------------------------------------------------------------------------------------------------
// Terminologie CI-SIS : GIR et évaluation AGGIR, types d'événement SSIAD, check-list du DLU
// ---------------------------------------------------------------------------------------------------------

CodeSystem: TerminologieCisis
Id: terminologie-cisis
Title: "Terminologie CI-SIS (extrait)"
Description: "Reprise partielle, pour un usage hors ligne, du système de codes ANS terminologie-cisis : groupes iso-ressources (GIR), évaluation AGGIR PA SSIAD et ses adverbes (S, T, C, H), types d'événement SSIAD et pièces de la check-list du dossier de liaison d'urgence (DLU). Les libellés sont ceux publiés par l'ANS, coquilles comprises ; une désignation corrigée est ajoutée lorsque c'est le cas. Les définitions des GIR sont rédigées par le projet DUI libre d'après la grille AGGIR."
* insert DuiTermAnsMetadonnees(https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis)
* insert DuiTermAnsFragment
// Groupes iso-ressources (résultat de la grille AGGIR)
* #MED-339 "GIR-1" "GIR 1 : personne confinée au lit ou au fauteuil, dont les fonctions mentales sont gravement altérées, qui nécessite une présence indispensable et continue d'intervenants ; ou personne en fin de vie."
* #MED-339 ^designation.value = "GIR 1"
* #MED-340 "GIR-2" "GIR 2 : personne confinée au lit ou au fauteuil dont les fonctions mentales ne sont pas totalement altérées et qui a besoin d'une prise en charge pour la plupart des activités de la vie courante ; ou personne dont les fonctions mentales sont altérées mais qui a conservé ses capacités à se déplacer."
* #MED-340 ^designation.value = "GIR 2"
* #MED-341 "GIR-3" "GIR 3 : personne ayant conservé son autonomie mentale et, partiellement, son autonomie motrice, mais qui a besoin chaque jour et plusieurs fois par jour d'être aidée pour les soins corporels."
* #MED-341 ^designation.value = "GIR 3"
* #MED-342 "GIR-4" "GIR 4 : personne qui n'assume pas seule ses transferts mais qui, une fois levée, se déplace à l'intérieur du logement, et qui doit parfois être aidée pour la toilette et l'habillage ; ou personne sans problème pour se déplacer mais qui doit être aidée pour les activités corporelles et les repas."
* #MED-342 ^designation.value = "GIR 4"
* #MED-343 "GIR-5" "GIR 5 : personne qui n'a besoin que d'une aide ponctuelle pour la toilette, la préparation des repas et le ménage."
* #MED-343 ^designation.value = "GIR 5"
* #MED-344 "GIR-6" "GIR 6 : personne encore autonome pour les actes essentiels de la vie courante."
* #MED-344 ^designation.value = "GIR 6"
// Évaluation AGGIR et adverbes de cotation (S, T, C, H)
* #MED-1293 "Evaluation AGGIR PA SSIAD"
* #MED-1307 "fait spontanément"
* #MED-1308 "fait totalement"
* #MED-1309 "fait correctement"
* #MED-1310 "fait habituellement"
// Types d'événement SSIAD
* #MED-1296 "Intervention d'un aide soignant"
* #MED-1297 "Intervention d'un infirmier libéral"
* #MED-1298 "Intervention d'un infirmer salarié"
* #MED-1298 ^designation.value = "Intervention d'un infirmier salarié"
* #MED-1299 "Intervention conjointe"
* #MED-1311 "Prise en charge infirmier du diabète insulinotraité"
* #MED-1322 "Intervention d'un aide médico-psychologique"
* #MED-1323 "Intervention d'un accompagnant éducatif et social"
* #MED-1324 "Intervention d'un infirmier d'un centre de santé infirmier"
// Check-list des documents annexés au dossier de liaison d'urgence (DLU)
* #DLU_006 "Attestation de la carte vitale"
* #DLU_007 "Attestation de mutuelle"
* #DLU_008 "Photocopie de la carte d’identité"
* #DLU_009 "Grille AGGIR (la plus récente)"
* #DLU_010 "Photocopie des directives anticipées"
* #DLU_011 "Photocopies des ordonnances en cours"
* #DLU_012 "Tableau d’administration des médicaments"
* #DLU_013 "Résultats récents de biologie (1 à 3 mois) avec clairance de la créatinine et INR (si AVK)"
* #DLU_014 "CR de la dernière hospitalisation"
* #DLU_015 "Fiche BMR (bactérie multi-résistante)"
* #DLU_016 "Fiche ou carnet de suivi des soins (glycémie, pansements, perfusion, ventilation, nutrition, etc.)"
* #DLU_017 "Carnet de suivi du pacemaker ou du défibrilateur implentable"
* #DLU_017 ^designation.value = "Carnet de suivi du pacemaker ou du défibrillateur implantable"
* #DLU_018 "Carte de groupe sanguin (si à jour)"
* #DLU_019 "Liste des capacités en soins de l’EHPAD"

// ---------------------------------------------------------------------------------------------------------
// Projet personnalisé : types (TRE_R390) et statut du bilan (TRE_R389)
// ---------------------------------------------------------------------------------------------------------

CodeSystem: TreR390TypeProjetPersonnalise
Id: tre-r390-type-projet-personnalise
Title: "TRE_R390 Type de projet personnalisé"
Description: "Reprise, pour un usage hors ligne, du système de codes ANS TRE_R390 : type de projet personnalisé, document co-construit par l'usager, son entourage et les professionnels du médico-social."
* insert DuiTermAnsMetadonnees(https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r390-type-projet-personnalise)
* insert DuiTermOid(1.2.250.1.213.3.3.258)
* insert DuiTermAnsFragment
* #PAI "Projet d'Accompagnement Individuel"
* #PPA "Projet Personnalisé d'Accompagnement"
* #PPIA "Projet Personnalisé Individuel d'Accompagnement"
* #PP "Projet Personnalisé"
* #PPI "Projet Personnalisé Individuel"
* #PA "Projet d'Accompagnement"
* #PI "Projet Individuel"

CodeSystem: TreR389StatutBilanProjetPersonnalise
Id: tre-r389-statut-bilan-projet-personnalise
Title: "TRE_R389 Statut du bilan du projet personnalisé"
Description: "Reprise, pour un usage hors ligne, du système de codes ANS TRE_R389 : statut (catégorie) du bilan du projet personnalisé."
* insert DuiTermAnsMetadonnees(https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r389-statut-bilan-projet-personnalise)
* insert DuiTermOid(1.2.250.1.213.3.3.257)
* insert DuiTermAnsFragment
* #PARTIEL "Partiel"
* #INTERMEDIAIRE "Intermédiaire"
* #FINAL "Final"

// ---------------------------------------------------------------------------------------------------------
// Modalités d'accueil (TRE_R338) et motifs d'absence (TRE_R424)
// ---------------------------------------------------------------------------------------------------------

CodeSystem: TRE_R338_ModaliteAccueil
Id: TRE-R338-ModaliteAccueil
Title: "TRE_R338 ModaliteAccueil (extrait)"
Description: "Reprise partielle, pour un usage hors ligne, du système de codes ANS TRE_R338-ModaliteAccueil. Seules les modalités d'accueil utiles aux ESSMS sont reprises ; les modalités propres au sanitaire (SMUR, téléconsultation, téléexpertise, autodialyse…) ne le sont pas. Le code 27 est déprécié par l'ANS au profit du code 05."
* insert DuiTermAnsMetadonnees(https://mos.esante.gouv.fr/NOS/TRE_R338-ModaliteAccueil/FHIR/TRE-R338-ModaliteAccueil)
* insert DuiTermOid(1.2.250.1.213.3.3.221)
* insert DuiTermAnsFragment
* ^property[0].code = #status
* ^property[=].uri = "http://hl7.org/fhir/concept-properties#status"
* ^property[=].description = "Statut du code"
* ^property[=].type = #code
* #01 "Accueil séquentiel accepté"
* #03 "En présentiel"
* #05 "Visite et soins à domicile"
* #05 ^designation.value = "Visite à domicile"
* #13 "Admission directe non programmée - personne âgée (PA)"
* #20 "Accueil en unité protégée"
* #21 "Accueil saisonnier possible"
* #22 "Accueil saisonnier uniquement"
* #25 "Relayage courte durée (< un jour)"
* #26 "Relayage longue durée (> un jour)"
* #27 "Soins à domicile"
* #27 ^property[0].code = #status
* #27 ^property[0].valueCode = #deprecated

CodeSystem: TreR424MotifAbsence
Id: tre-r424-motif-absence
Title: "TRE_R424 Motif d'absence"
Description: "Reprise, pour un usage hors ligne, du système de codes ANS TRE_R424 : motif pour lequel l'usager n'est pas présent lors d'un événement organisé par sa structure de rattachement. Terminologie à l'état de projet (draft) chez l'ANS."
* insert DuiTermAnsMetadonnees(https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r424-motif-absence)
* ^status = #draft
* insert DuiTermOid(1.2.250.1.213.3.3.275)
* insert DuiTermAnsFragment
* #1 "Hospitalisation de l'usager" "Absence liée à une hospitalisation (partielle ou complète)."
* #2 "Raisons personnelles de l'usager" "Absence pour raisons personnelles (retour à domicile, retour en famille, vacances)."

// ---------------------------------------------------------------------------------------------------------
// Professions et rôles des professionnels (TRE_A02, TRE_R85, TRE_R95, TRE_R94)
// ---------------------------------------------------------------------------------------------------------

CodeSystem: TRE_A02_ProfessionSavFaire_CISIS
Id: TRE-A02-ProfessionSavFaire-CISIS
Title: "TRE_A02 ProfessionSavFaire CISIS (extrait)"
Description: "Reprise partielle, pour un usage hors ligne, du système de codes ANS TRE_A02-ProfessionSavFaire-CISIS : professions de santé (et savoir-faire) utilisées par le jeu de valeurs JDV_J01. Seules les professions de santé présentes en ESSMS sont reprises, sans les spécialités."
* insert DuiTermAnsMetadonnees(https://mos.esante.gouv.fr/NOS/TRE_A02-ProfessionSavFaire-CISIS/FHIR/TRE-A02-ProfessionSavFaire-CISIS)
* insert DuiTermOid(1.2.250.1.213.1.1.4.5)
* insert DuiTermAnsFragment
* #G15_10 "Médecin"
* #G15_21 "Pharmacien"
* #G15_60 "Infirmier"
* #G15_70 "Masseur-Kinésithérapeute"
* #G15_91 "Orthophoniste"
* #G15_94 "Ergothérapeute"
* #G15_95 "Diététicien"
* #G15_96 "Psychomotricien"

CodeSystem: TRE_R85_RolePriseCharge
Id: TRE-R85-RolePriseCharge
Title: "TRE_R85 RolePriseCharge (extrait)"
Description: "Reprise partielle, pour un usage hors ligne, du système de codes ANS TRE_R85-RolePriseCharge : rôles et professions non réglementées de la prise en charge. Seuls les codes utiles aux ESSMS sont repris (aide-soignant, AES, éducateurs, aide à domicile, animateur, directeur…)."
* insert DuiTermAnsMetadonnees(https://mos.esante.gouv.fr/NOS/TRE_R85-RolePriseCharge/FHIR/TRE-R85-RolePriseCharge)
* insert DuiTermOid(1.2.250.1.213.1.6.1.107)
* insert DuiTermAnsFragment
* #307 "Mandataire judiciaire à la protection des majeurs (MJPM)"
* #312 "Autre professionnel"
* #313 "Aide-soignant"
* #319 "Technicien de l'intervention sociale et familiale"
* #320 "Conseiller en économie sociale et familiale"
* #322 "Assistant familial"
* #324 "Moniteur éducateur"
* #325 "Educateur de jeunes enfants"
* #326 "Educateur spécialisé"
* #327 "Educateur technique spécialisé"
* #328 "Accompagnant éducatif et social"
* #330 "Coordonnateur de parcours"
* #331 "Secrétaire assistante médico-administrative"
* #333 "Responsable de secteur"
* #359 "Directeur d'établissement"
* #367 "Surveillant de nuit"
* #368 "Animateur"
* #371 "Aide à domicile qualifié(e)"
* #372 "Aide à domicile"

CodeSystem: TRE_R95_UsagerTitre
Id: TRE-R95-UsagerTitre
Title: "TRE_R95 UsagerTitre (extrait)"
Description: "Reprise partielle, pour un usage hors ligne, du système de codes ANS TRE_R95-UsagerTitre : usagers de titres professionnels. Seul le code du psychologue est repris."
* insert DuiTermAnsMetadonnees(https://mos.esante.gouv.fr/NOS/TRE_R95-UsagerTitre/FHIR/TRE-R95-UsagerTitre)
* insert DuiTermOid(1.2.250.1.213.1.6.1.109)
* insert DuiTermAnsFragment
* #93 "Psychologue"

CodeSystem: TRE_R94_ProfessionSocial
Id: TRE-R94-ProfessionSocial
Title: "TRE_R94 ProfessionSocial (extrait)"
Description: "Reprise partielle, pour un usage hors ligne, du système de codes ANS TRE_R94-ProfessionSocial : professions du social. Seul le code de l'assistant de service social est repris (les autres professions du social sont codées dans TRE_R85)."
* insert DuiTermAnsMetadonnees(https://mos.esante.gouv.fr/NOS/TRE_R94-ProfessionSocial/FHIR/TRE-R94-ProfessionSocial)
* insert DuiTermOid(1.2.250.1.213.1.6.1.4)
* insert DuiTermAnsFragment
* #41 "Assistant de service social"

// ---------------------------------------------------------------------------------------------------------
// Catégories d'établissements FINESS : TRE_R66
// ---------------------------------------------------------------------------------------------------------

CodeSystem: TRE_R66_CategorieEtablissement
Id: TRE-R66-CategorieEtablissement
Title: "TRE_R66 CategorieEtablissement (extrait)"
Description: "Reprise partielle, pour un usage hors ligne, du système de codes ANS TRE_R66-CategorieEtablissement (catégories d'établissements FINESS). Seules les catégories d'établissements et services sociaux et médico-sociaux (ESSMS) et de quelques dispositifs associés (CLIC, DAC, MDPH) sont reprises."
* insert DuiTermAnsMetadonnees(https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement)
* insert DuiTermOid(1.2.250.1.213.1.6.1.8)
* insert DuiTermAnsFragment
// Personnes âgées
* #500 "Etablissement d'hébergement pour personnes âgées dépendantes"
* #501 "EHPA percevant des crédits d'assurance maladie"
* #502 "EHPA ne percevant pas des crédits d'assurance maladie"
* #202 "Résidences autonomie"
* #207 "Centre de jour pour personnes âgées"
// Domicile
* #354 "Service de soins infirmiers à domicile (SSIAD)"
* #460 "Service autonomie aide (SAA)"
* #209 "Service autonomie aide et soins (SAAS)"
// Enfance handicapée
* #183 "Institut médico-éducatif (IME)"
* #186 "Institut thérapeutique éducatif et pédagogique (ITEP)"
* #182 "Service d'éducation spéciale et de soins à domicile (SESSAD)"
* #188 "Etablissement pour enfants ou adolescents polyhandicapés"
* #190 "Centre action médico-sociale précoce (CAMSP)"
* #189 "Centre médico-psycho-pédagogique (CMPP)"
* #192 "Institut d'éducation motrice"
// Adultes handicapés
* #255 "Maison d'accueil spécialisée (MAS)"
* #437 "Foyer d'accueil médicalisé pour adultes handicapés (FAM)"
* #448 "Etablissement d'Accueil Médicalisé en tout ou partie personnes handicapées"
* #449 "Etablissement d'Accueil Non Médicalisé pour personnes handicapées"
* #382 "Foyer de vie pour adultes handicapés"
* #252 "Foyer d'hébergement d'adultes handicapés"
* #246 "Etablissement et service d'aide par le travail (ESAT)"
* #446 "Service d'accompagnement à la vie sociale (SAVS)"
* #445 "Service d'accompagnement médico-social pour adultes handicapés"
// Addictologie, précarité, protection de l'enfance
* #197 "Centre de soins d'accompagnement et de prévention en addictologie (CSAPA)"
* #178 "Centre d'accueil et d'accompagnement à la réduction des risques pour usagers de drogues (CAARUD)"
* #214 "Centre d'hébergement et de réinsertion sociale (CHRS)"
* #443 "Centre d'accueil de demandeurs d'asile (CADA)"
* #165 "Appartement de coordination thérapeutique (ACT)"
* #180 "Lits halte soins santé (LHSS)"
* #213 "Lits d'accueil médicalisés (L.A.M.)"
* #177 "Maison d'enfants à caractère social"
// Protection juridique, coordination, MDPH
* #340 "Service mandataire judiciaire à la protection des majeurs"
* #463 "Centre local d'information et de coordination de personnes âgées"
* #606 "Dispositif d'appui à la coordination (DAC)"
* #609 "Maison Départementale pour Personnes Handicapées (MDPH)"

// ---------------------------------------------------------------------------------------------------------
// Droits et prestations (décisions de la CDAPH) : TRE_R420
// ---------------------------------------------------------------------------------------------------------

CodeSystem: TreR420DroitPrestation
Id: tre-r420-droit-prestation
Title: "TRE_R420 Droit et prestation (extrait)"
Description: "Reprise partielle, pour un usage hors ligne, du système de codes ANS TRE_R420 : catégorie (niveau 1) et type (niveau 2) de droit ou de prestation caractérisant une décision de la CDAPH. Tous les codes de niveau 1 et une partie des codes de niveau 2 sont repris. Terminologie à l'état de projet (draft) chez l'ANS."
* insert DuiTermAnsMetadonnees(https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r420-droit-prestation)
* ^status = #draft
* insert DuiTermOid(1.2.250.1.213.3.3.271)
* insert DuiTermAnsFragment
* ^hierarchyMeaning = #is-a
* #1 "AAH et CPR" "Une allocation aux adultes handicapés (AAH) ou un complément de ressources (CPR) associé à l'AAH."
* #1 #1.1 "AAH L.821-1"
* #1 #1.2 "AAH L.821-2"
* #2 "ACFP et ACTP" "Une allocation compensatrice pour frais professionnels (ACFP) ou pour tierce personne (ACTP)."
* #2 #2.1 "ACFP (Allocation compensatrice pour frais professionnels)"
* #2 #2.2 "ACTP (Allocation compensatrice pour tierce personne)"
* #3 "AVA (Assurance vieillesse des aidants)" "Une affiliation gratuite à l'assurance vieillesse des aidants (AVA)."
* #4 "Carte mobilité inclusion" "Une carte mobilité inclusion (CMI)."
* #4 #4.1 "Carte mobilité inclusion, Mention stationnement"
* #4 #4.2 "Carte mobilité inclusion, Mention invalidité"
* #4 #4.3 "Carte mobilité inclusion, Mention priorité"
* #5 "PCH" "Une prestation de compensation du handicap (PCH)."
* #5 #5.1 "PCH - élément 1 - Aide humaine"
* #5 #5.2 "PCH - élément 2 - Aides techniques"
* #5 #5.3 "PCH - élément 3 - Aménagement du logement"
* #5 #5.9 "PCH 1 - Aide humaine à la parentalité"
* #5 #5.10 "PCH 2 - Aides techniques à la parentalité"
* #6 "AEEH et son complément" "Une allocation d'éducation de l'enfant handicapé (AEEH) et son complément."
* #7 "Orientation ESMS Enfants" "Une orientation vers un établissement ou service médico-social Enfants."
* #8 "Orientation scolaire" "Une orientation scolaire."
* #9 "Matériel pédagogique adapté"
* #10 "Accompagnant des élèves en situation de handicap (AESH)"
* #11 "Formation et insertion professionnelle" "Une formation ou une insertion professionnelle."
* #12 "RQTH (Reconnaissance de la qualité de travailleur handicapé)"
* #13 "Orientation ESMS Adultes" "Une orientation vers un établissement ou service médico-social Adultes."
* #14 "Orientation vers un Pôle de compétences et de prestations externalisées (PCPE)"
