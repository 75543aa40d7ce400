// Jeux de règles communs aux ressources de terminologie (noms préfixés « DuiTerm » pour éviter les conflits).

// Métadonnées communes d'une terminologie ANS reprise partiellement, sous son URL officielle.
RuleSet: DuiTermAnsMetadonnees(url)
* ^url = "{url}"
* ^status = #active
* ^experimental = false
* ^publisher = "ANS (reprise partielle par le projet DUI libre)"
* ^jurisdiction = urn:iso:std:iso:3166#FR "France"
* ^language = #fr-FR

// Identifiant OID officiel d'une terminologie ANS.
RuleSet: DuiTermOid(oid)
* ^identifier.system = "urn:ietf:rfc:3986"
* ^identifier.value = "urn:oid:{oid}"

// Système de codes ANS repris en fragment (seuls les codes utiles au DUI).
RuleSet: DuiTermAnsFragment
* ^caseSensitive = true
* ^content = #fragment

// Métadonnées communes d'une terminologie propre au DUI.
RuleSet: DuiTermDuiMetadonnees
* ^status = #draft
* ^experimental = false
* ^publisher = "Projet DUI libre"
* ^jurisdiction = urn:iso:std:iso:3166#FR "France"
* ^language = #fr-FR

// Système de codes propre au DUI, complet.
RuleSet: DuiTermDuiComplet
* ^caseSensitive = true
* ^content = #complete
