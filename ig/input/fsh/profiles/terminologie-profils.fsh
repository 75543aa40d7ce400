// Petits systèmes de codes propres aux profils (codes de structure, pas de vocabulaire métier).

CodeSystem: DuiDemandeType
Id: dui-demande-type
Title: "Codes de structure du DUI (demandes, tâches, buts)"
Description: "Codes qui disent ce qu'est une ressource générique (ServiceRequest, Task, Goal) dans le DUI."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #admission "Demande d'admission"
* #liste-attente "Inscription en liste d'attente"
* #gir "GIR à la demande"
* #premier-contact "Premier contact ou visite de pré-admission"
* #attente "Attente de l'usager"
* #objectif "Objectif du projet personnalisé"

CodeSystem: DuiObservationCode
Id: dui-observation-code
Title: "Codes d'observation du DUI"
Description: "Codes des observations et composants propres au DUI (GIR, parties d'une transmission ciblée)."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #gir "GIR (groupe iso-ressources)"
* #donnees "Données"
* #actions "Actions"
* #resultats "Résultats"

CodeSystem: DuiAggirModalite
Id: dui-aggir-modalite
Title: "Cotation des variables AGGIR"
Description: "Cotation d'une variable de la grille AGGIR."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #A "A : fait seul, totalement, habituellement et correctement"
* #B "B : fait partiellement, ou non habituellement, ou non correctement"
* #C "C : ne fait pas"

ValueSet: DuiVsAggirModalite
Id: dui-vs-aggir-modalite
Title: "Cotations AGGIR"
Description: "A, B ou C."
* ^status = #draft
* include codes from system $dui-aggir-modalite

ValueSet: JDV_J129_CategorieEtablissement_RASS
Id: JDV-J129-CategorieEtablissement-RASS
Title: "JDV_J129 Catégorie d'établissement (RASS)"
Description: "Reprise partielle du jeu de valeurs ANS JDV_J129 (catégories d'établissement TRE_R66), auquel FR Core lie la catégorie d'un établissement ; limitée ici aux catégories reprises dans TRE_R66 du DUI."
* ^url = $JDV-J129
* ^status = #active
* ^publisher = "ANS (reprise partielle par le projet DUI libre)"
* include codes from system $TRE-R66
