// Jeux de valeurs ANS (JDV) repris sous leur URL officielle, pour un usage hors ligne.
// Leur contenu se limite aux codes repris dans les systèmes de codes de ans-code-systems.fsh.

ValueSet: JdvJ384RoleMembreFamilleMs
Id: jdv-j384-role-membre-famille-ms
Title: "JDV J384 Rôle d'un membre de l'entourage (médico-social)"
Description: "Reprise, pour un usage hors ligne, du jeu de valeurs ANS JDV J384 : rôle d'une personne de l'entourage auprès de l'usager dans le médico-social (codes de TRE_R260 marqués « médico-social »). Utilisé par le guide ANS TDDUI pour RelatedPerson.relationship."
* insert DuiTermAnsMetadonnees(https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j384-role-membre-famille-ms)
* insert DuiTermOid(1.2.250.1.213.3.4.227)
* $ans-tre-r260#ECON "personne à prévenir en cas d'urgence"
* $ans-tre-r260#GUARD "Responsable légal"
* $ans-tre-r260#NOK "personne de confiance"
* $ans-tre-r260#CAREGIVER "Aidant"
* $ans-tre-r260#CON "Informateur"

ValueSet: JDV_J11_RelationPatient_CISIS
Id: JDV-J11-RelationPatient-CISIS
Title: "JDV_J11 Relation par rapport au patient (CI-SIS)"
Description: "Reprise, pour un usage hors ligne, du jeu de valeurs ANS JDV_J11-RelationPatient-CISIS : relation (lien de parenté, proximité ou protection juridique) de la personne de l'entourage avec l'usager. Codes de TRE_R216 et de TRE_R217."
* insert DuiTermAnsMetadonnees(https://mos.esante.gouv.fr/NOS/JDV_J11-RelationPatient-CISIS/FHIR/JDV-J11-RelationPatient-CISIS)
* insert DuiTermOid(1.2.250.1.213.3.3.16)
* $ans-tre-r216#MTH "Mère"
* $ans-tre-r216#FTH "Père"
* $ans-tre-r216#NMTH "Mère biologique"
* $ans-tre-r216#NFTH "Père biologique"
* $ans-tre-r216#STPMTH "Belle-mère - épouse du père ou de la mère"
* $ans-tre-r216#STPFTH "Beau-père - époux du père ou de la mère"
* $ans-tre-r216#GRMTH "Grand-mère"
* $ans-tre-r216#GRFTH "Grand-père"
* $ans-tre-r216#GGRMTH "Arrière-grand-mère"
* $ans-tre-r216#GGRFTH "Arrière-grand-père"
* $ans-tre-r216#DAU "Fille biologique"
* $ans-tre-r216#SON "Fils biologique"
* $ans-tre-r216#BRO "Frère"
* $ans-tre-r216#SIS "Soeur"
* $ans-tre-r216#HBRO "Demi-frère"
* $ans-tre-r216#HSIS "Demi-soeur"
* $ans-tre-r216#GRNDDAU "Petite-fille"
* $ans-tre-r216#GRNDSO "Petit-fils"
* $ans-tre-r216#UNCLE "Oncle"
* $ans-tre-r216#AUNT "Tante"
* $ans-tre-r216#NEPHEW "Neveu"
* $ans-tre-r216#NIECE "Nièce"
* $ans-tre-r216#HUSB "Epoux"
* $ans-tre-r216#WIFE "Epouse"
* $ans-tre-r216#DOMPART "Concubin(e) ou partenaire PACS"
* $ans-tre-r216#ROOM "Personne vivant sous le même toit"
* $ans-tre-r216#FRND "Autre proche"
* $ans-tre-r216#NBOR "Voisin(e)"
* $ans-tre-r216#FAMMEMB "Autre membre de la famille"
* $ans-tre-r216#CHILD "Enfant"
* $ans-tre-r216#COUSN "Cousin(e)"
* $ans-tre-r216#SIGOTHR "Conjoint"
* $ans-tre-r216#DAUC "Fille"
* $ans-tre-r216#SONC "Fils"
* $ans-tre-r217#TUTEUR "Tuteur"
* $ans-tre-r217#CURATEUR "Curateur"
* $ans-tre-r217#MSVG "Mandataire de sauvegarde"

ValueSet: JDV_J252_StatutPersonnePriseChargeESMS
Id: JDV-J252-StatutPersonnePriseChargeESMS
Title: "JDV_J252 Statut de la personne prise en charge au sein d'un ESMS"
Description: "Reprise, pour un usage hors ligne, du jeu de valeurs ANS JDV_J252-StatutPersonnePriseChargeESMS : statut de la personne au sein d'un ESMS (notification, liste d'attente, admission, entrée, sortie), issu du suivi des décisions d'orientation."
* insert DuiTermAnsMetadonnees(https://mos.esante.gouv.fr/NOS/JDV_J252-StatutPersonnePriseChargeESMS/FHIR/JDV-J252-StatutPersonnePriseChargeESMS)
* insert DuiTermOid(1.2.250.1.213.3.4.116)
* $ans-tre-r357#37 "Décision d'orientation annulée"
* $ans-tre-r357#39 "Notification envoyée"
* $ans-tre-r357#40 "Notification lue"
* $ans-tre-r357#41 "Contact effectué"
* $ans-tre-r357#42 "Liste d'attente. En cours d'analyse, demande d'admission reçue dans l'ESMS"
* $ans-tre-r357#43 "Période d'essai en cours dans l'ESMS"
* $ans-tre-r357#44 "Période d'essai non concluante dans l'ESMS"
* $ans-tre-r357#45 "Admission impossible signalée"
* $ans-tre-r357#46 "Admission impossible entérinée"
* $ans-tre-r357#47 "Usager entré"
* $ans-tre-r357#48 "Usager sorti"
* $ans-tre-r357#49 "Notification annulée"
* $ans-tre-r357#51 "Demande de réorientation dans l'ESMS"
* $ans-tre-r357#54 "Notification réactivée"
* $ans-tre-r357#71 "Liste d'attente. Admis dans l'ESMS"
* $ans-tre-r357#72 "Liste d'attente. Admissible dans l'ESMS"

ValueSet: JdvChecklistDluCisis
Id: jdv-checklist-dlu-cisis
Title: "JDV Check-list du DLU (CI-SIS)"
Description: "Reprise, pour un usage hors ligne, du jeu de valeurs ANS jdv-checklist-dlu-cisis : documents à annexer au dossier de liaison d'urgence (DLU)."
* insert DuiTermAnsMetadonnees(https://smt.esante.gouv.fr/fhir/ValueSet/jdv-checklist-dlu-cisis)
* insert DuiTermOid(1.2.250.1.213.1.1.5.71)
* $ans-cisis#DLU_006 "Attestation de la carte vitale"
* $ans-cisis#DLU_007 "Attestation de mutuelle"
* $ans-cisis#DLU_008 "Photocopie de la carte d’identité"
* $ans-cisis#DLU_009 "Grille AGGIR (la plus récente)"
* $ans-cisis#DLU_010 "Photocopie des directives anticipées"
* $ans-cisis#DLU_011 "Photocopies des ordonnances en cours"
* $ans-cisis#DLU_012 "Tableau d’administration des médicaments"
* $ans-cisis#DLU_013 "Résultats récents de biologie (1 à 3 mois) avec clairance de la créatinine et INR (si AVK)"
* $ans-cisis#DLU_014 "CR de la dernière hospitalisation"
* $ans-cisis#DLU_015 "Fiche BMR (bactérie multi-résistante)"
* $ans-cisis#DLU_016 "Fiche ou carnet de suivi des soins (glycémie, pansements, perfusion, ventilation, nutrition, etc.)"
* $ans-cisis#DLU_017 "Carnet de suivi du pacemaker ou du défibrilateur implentable"
* $ans-cisis#DLU_018 "Carte de groupe sanguin (si à jour)"
* $ans-cisis#DLU_019 "Liste des capacités en soins de l’EHPAD"

ValueSet: JdvTypeEvenementSsiadCisis
Id: jdv-type-evenement-ssiad-cisis
Title: "JDV Type d'événement SSIAD (CI-SIS)"
Description: "Reprise, pour un usage hors ligne, du jeu de valeurs ANS jdv-type-evenement-ssiad-cisis : types d'intervention d'un service de soins infirmiers à domicile (SSIAD). Utilisé par le guide ANS TDDUI pour Encounter.type."
* insert DuiTermAnsMetadonnees(https://smt.esante.gouv.fr/fhir/ValueSet/jdv-type-evenement-ssiad-cisis)
* insert DuiTermOid(1.2.250.1.213.1.1.5.811)
* $ans-cisis#MED-1296 "Intervention d'un aide soignant"
* $ans-cisis#MED-1297 "Intervention d'un infirmier libéral"
* $ans-cisis#MED-1298 "Intervention d'un infirmer salarié"
* $ans-cisis#MED-1299 "Intervention conjointe"
* $ans-cisis#MED-1311 "Prise en charge infirmier du diabète insulinotraité"
* $ans-cisis#MED-1322 "Intervention d'un aide médico-psychologique"
* $ans-cisis#MED-1323 "Intervention d'un accompagnant éducatif et social"
* $ans-cisis#MED-1324 "Intervention d'un infirmier d'un centre de santé infirmier"

ValueSet: JdvJ367TypeProjetPersonnaliseMs
Id: jdv-j367-type-projet-personnalise-ms
Title: "JDV J367 Type de projet personnalisé (médico-social)"
Description: "Reprise, pour un usage hors ligne, du jeu de valeurs ANS JDV J367 : type de projet personnalisé (tous les codes actifs de TRE_R390). Utilisé par le guide ANS TDDUI pour CarePlan.category."
* insert DuiTermAnsMetadonnees(https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j367-type-projet-personnalise-ms)
* insert DuiTermOid(1.2.250.1.213.3.4.221)
* $ans-tre-r390#PAI "Projet d'Accompagnement Individuel"
* $ans-tre-r390#PPA "Projet Personnalisé d'Accompagnement"
* $ans-tre-r390#PPIA "Projet Personnalisé Individuel d'Accompagnement"
* $ans-tre-r390#PP "Projet Personnalisé"
* $ans-tre-r390#PPI "Projet Personnalisé Individuel"
* $ans-tre-r390#PA "Projet d'Accompagnement"
* $ans-tre-r390#PI "Projet Individuel"

ValueSet: JdvJ366StatutBilanProjetPersonnaliseMs
Id: jdv-j366-statut-bilan-projet-personnalise-ms
Title: "JDV J366 Statut du bilan du projet personnalisé (médico-social)"
Description: "Reprise, pour un usage hors ligne, du jeu de valeurs ANS JDV J366 : statut (catégorie) du bilan du projet personnalisé (tous les codes actifs de TRE_R389). Utilisé par le guide ANS TDDUI pour Task.code du bilan."
* insert DuiTermAnsMetadonnees(https://smt.esante.gouv.fr/fhir/ValueSet/jdv-j366-statut-bilan-projet-personnalise-ms)
* insert DuiTermOid(1.2.250.1.213.3.4.220)
* $ans-tre-r389#PARTIEL "Partiel"
* $ans-tre-r389#INTERMEDIAIRE "Intermédiaire"
* $ans-tre-r389#FINAL "Final"

ValueSet: JDV_J226_ModaliteAccueil_ROR
Id: JDV-J226-ModaliteAccueil-ROR
Title: "JDV_J226 Modalité d'accueil (ROR, extrait)"
Description: "Reprise partielle, pour un usage hors ligne, du jeu de valeurs ANS JDV_J226-ModaliteAccueil-ROR, limitée aux modalités d'accueil utiles aux ESSMS. Utilisé par le guide ANS TDDUI pour Encounter.serviceType du séjour."
* insert DuiTermAnsMetadonnees(https://mos.esante.gouv.fr/NOS/JDV_J226-ModaliteAccueil-ROR/FHIR/JDV-J226-ModaliteAccueil-ROR)
* insert DuiTermOid(1.2.250.1.213.3.4.58)
* $ans-tre-r338#01 "Accueil séquentiel accepté"
* $ans-tre-r338#03 "En présentiel"
* $ans-tre-r338#05 "Visite et soins à domicile"
* $ans-tre-r338#13 "Admission directe non programmée - personne âgée (PA)"
* $ans-tre-r338#20 "Accueil en unité protégée"
* $ans-tre-r338#21 "Accueil saisonnier possible"
* $ans-tre-r338#22 "Accueil saisonnier uniquement"
* $ans-tre-r338#25 "Relayage courte durée (< un jour)"
* $ans-tre-r338#26 "Relayage longue durée (> un jour)"
* $ans-tre-r338#27 "Soins à domicile"
