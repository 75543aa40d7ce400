// Communes (code officiel géographique de l'INSEE), auxquelles FR Core lie le lieu de naissance de l'usager.

CodeSystem: TRE_R13_CommuneOM
Id: TRE-R13-CommuneOM
Title: "TRE_R13 Commune (reprise partielle)"
Description: """Reprise partielle, pour un usage hors ligne, du système de codes ANS TRE_R13-CommuneOM (communes du code
officiel géographique, outre-mer compris), auquel FR Core lie le code INSEE du lieu de naissance. Seules quelques
communes sont reprises ici : une commune absente donne un avertissement, non une erreur, tant que le référentiel
complet n'est pas chargé."""
* ^url = "https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM"
* ^status = #active
* ^experimental = false
* ^publisher = "ANS (reprise partielle par le projet DUI libre)"
* ^caseSensitive = true
* ^content = #fragment
* #69123 "Lyon"
* #69266 "Villeurbanne"
* #69143 "Neuville-sur-Saône"
* #71270 "Mâcon"
* #75056 "Paris"
* #13055 "Marseille"
* #31555 "Toulouse"
* #59350 "Lille"
* #33063 "Bordeaux"
* #44109 "Nantes"
* #67482 "Strasbourg"
* #2A004 "Ajaccio"
* #2B033 "Bastia"
* #97411 "Saint-Denis (La Réunion)"
