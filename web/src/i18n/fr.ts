// The French catalogue (the default). Names the automated checks use (CONTRACT.md §4) keep their
// straight apostrophe. ICU message syntax (FormatJS).
export const fr = {
  'app.name': 'Permis à points',
  'app.skip': 'Aller au contenu',
  'app.loading': 'Chargement…',
  'app.error': 'Le service ne répond pas pour le moment. Réessayez dans quelques minutes.',
  'app.retry': 'Réessayer',
  'app.footer': 'Service non officiel, logiciel libre : vos données restent les vôtres.',
  'lang.switch': 'English',
  'lang.switchLabel': 'Read this site in English',
  'nav.label': 'Navigation principale',
  'nav.points': 'Mes points',
  'nav.simulator': 'Simulateur',
  'nav.documents': 'Mes documents',
  'nav.account': 'Mon compte',

  'home.title': 'Votre permis à points, clairement',
  'home.intro':
    'Consultez votre solde de points, sachez quand ils reviennent et agissez avant qu’il ne soit trop tard.',
  'home.benefits.balance': 'Votre solde et son évolution, expliqués ligne par ligne',
  'home.benefits.dates': 'Les dates de récupération de vos points, dans votre agenda',
  'home.benefits.simulate': 'Ce que changerait une contravention, avant de payer',
  'home.signInHeading': 'Se connecter',
  'home.franceConnect.prefix': "S'identifier avec",
  'home.franceConnect.help': 'Qu’est-ce que FranceConnect ?',
  'home.franceConnect.helpText':
    'FranceConnect est la solution proposée par l’État pour simplifier la connexion aux services en ligne avec un compte que vous avez déjà (impots.gouv.fr, ameli.fr…). Votre identité est alors vérifiée.',
  'home.or': 'ou',
  'home.email': 'Se connecter avec une adresse électronique',
  'home.emailHelp':
    'Pas encore de compte ? Vous pourrez en créer un, ou retrouver votre mot de passe, sur la page de connexion.',
  'callback.title': 'Connexion en cours',
  'callback.failed': 'La connexion n’a pas abouti. Vous pouvez réessayer.',
  'callback.back': 'Revenir à l’accueil',
  'loggedOut.title': 'Déconnexion',
  'loggedOut.unconfirmed':
    'Le retour de FranceConnect n’a pas pu être rattaché à une déconnexion demandée ici. Terminez la déconnexion de ce service :',
  'loggedOut.finish': 'Terminer la déconnexion',

  'link.title': 'Ajouter mon permis',
  'link.intro':
    'Pour afficher vos points, rattachez votre permis à votre compte. Le numéro à saisir est le numéro de dossier (NEPH).',
  'link.format': 'Format du permis',
  'link.format.eu': 'Format carte (européen)',
  'link.format.pink': 'Format papier rose (3 volets)',
  'link.format.euWhere': 'Au verso de la carte, en haut à gauche, sur deux lignes.',
  'link.format.pinkWhere': 'Champ 5 du volet intérieur, sur une ligne, à gauche de la photo.',
  'link.drawing.eu': 'Dessin du verso d’un permis au format carte : le numéro est en haut à gauche.',
  'link.drawing.pink':
    'Dessin de l’intérieur d’un permis rose en trois volets : le numéro est au champ 5, à gauche de la photo.',
  'link.number': 'Numéro de permis',
  'link.numberHint': 'Par exemple : 13 06 75 100123. Les espaces et les tirets sont acceptés.',
  'link.numberOk': 'Le numéro a une forme valide.',
  'link.identityHeading': 'Votre identité, telle qu’écrite sur le permis',
  'link.identityIntro':
    'Vous vous êtes connecté avec une adresse électronique : nous comparons ces informations avec celles du fichier. Un courrier sera envoyé à l’adresse du titulaire.',
  'link.familyName': 'Nom de famille',
  'link.givenNames': 'Prénoms',
  'link.givenNamesHint': 'Tous vos prénoms, dans l’ordre, séparés par des espaces.',
  'link.birthDate': 'Date de naissance',
  'link.birthDateHint': 'Au format JJ/MM/AAAA, par exemple 14/09/2005.',
  'link.franceConnectIdentity':
    'Vous êtes connecté avec FranceConnect : votre identité est déjà vérifiée, il suffit du numéro.',
  'link.submit': 'Ajouter mon permis',
  'link.sending': 'Vérification…',
  'link.required': 'Ce champ est obligatoire.',
  'link.badDate': 'Saisissez une date réelle au format JJ/MM/AAAA.',
  'link.formatRequired': 'Choisissez le format de votre permis.',
  'link.notMatched':
    'Nous n’avons pas trouvé de permis qui corresponde à ces informations. Vérifiez le numéro et l’identité, exactement comme ils figurent sur le permis.',
  'link.linkedElsewhere':
    'Ce permis est déjà rattaché à un autre compte. Si ce n’est pas vous, connectez-vous avec FranceConnect : un rattachement vérifié remplace un rattachement déclaré.',
  'link.tooMany':
    'Trop d’essais infructueux. Pour protéger les titulaires, réessayez dans {minutes, plural, one {# minute} other {# minutes}}.',
  'link.tooManyLater': 'Trop d’essais infructueux. Réessayez plus tard.',
  'link.displaced':
    'Votre permis n’est plus rattaché à ce compte : son titulaire l’a rattaché à un compte FranceConnect, dont l’identité est vérifiée. Un courriel vous a été envoyé. Si c’est une erreur, connectez-vous vous-même avec FranceConnect.',
  'link.franceConnectRequired': 'Cette action demande une connexion avec FranceConnect.',
  'link.warning': 'Remarque : {message}',

  'points.title': 'Mes points',
  'points.balance': '{balance, plural, one {# point} other {# points}} sur {maximum}',
  'points.gauge': 'Jauge du solde : {balance} points sur {maximum}',
  'points.status.valid': 'Votre permis est valide.',
  'points.status.invalidated':
    'Votre permis a perdu sa validité (solde nul) le {date}. Vous ne pouvez plus conduire.',
  'points.status.low':
    'Attention : il vous reste peu de points. Un stage de sensibilisation peut en rendre jusqu’à 4.',
  'points.probation':
    'Permis probatoire jusqu’au {date} : le maximum est plus bas pendant cette période et augmente chaque année sans infraction.',
  'points.probationForfeited':
    'Permis probatoire jusqu’au {date}. Une infraction a suspendu les hausses annuelles de points.',
  'points.recordedUpTo': 'Données enregistrées jusqu’au {date}.',
  'points.linked': 'Permis n° {number}',
  'points.chartHeading': 'Évolution du solde',
  'points.chartLabel':
    'Graphique du solde de points dans le temps, du {from} au {to}. Le tableau qui suit donne les mêmes valeurs.',
  'points.chartTable': 'Voir les valeurs en tableau',
  'points.chartDate': 'Date',
  'points.chartBalance': 'Solde',
  'points.chartKind': 'Nature',
  'points.chartPast': 'passé',
  'points.chartFuture': 'à venir',
  'points.chartToday': 'aujourd’hui',
  'points.upcomingHeading': 'Récupérations à venir',
  'points.upcomingNone':
    'Aucune récupération n’est prévue : votre solde est au maximum ou aucune règle ne s’applique.',
  'points.upcomingItem': '{date} : +{points, plural, one {# point} other {# points}} (solde {balanceAfter})',
  'points.upcomingSame': '{date} : solde {balanceAfter}',
  'simulator.today': 'Aujourd’hui : {balance, plural, one {# point} other {# points}} sur {maximum}.',
  'points.historyHeading': 'Historique',
  'points.historyNone': 'Aucun événement enregistré sur ce permis.',
  'points.calendarHeading': 'Dans mon agenda',
  'points.calendarDownload': 'Ajouter à mon agenda',
  'points.calendarDownloadHint':
    'Un fichier .ics avec une date par récupération, à ouvrir avec votre agenda.',
  'points.calendarSubscribe': 'S’abonner au calendrier',
  'points.calendarSubscribeHint':
    'Une adresse secrète que votre agenda consulte lui-même : les dates restent à jour. En créer une nouvelle désactive la précédente.',
  'points.calendarFeed': 'Adresse d’abonnement',
  'points.calendarWebcal': 'Ouvrir dans mon agenda (webcal)',
  'points.calendarRevoke': 'Désactiver l’adresse d’abonnement',
  'points.calendarRevoked': 'L’adresse d’abonnement ne fonctionne plus.',
  'points.notAvailable': 'Cette fonction n’est pas encore disponible sur ce service.',

  'rule.six-month': 'règle des six mois sans nouvelle infraction',
  'rule.full-restoration': 'récupération totale après une période sans infraction',
  'rule.ten-year': 'règle des dix ans',
  'rule.probation-increment': 'hausse annuelle du permis probatoire',
  'rule.probation-end': 'fin de la période probatoire',
  'rule.other': 'règle de récupération',
  'history.infraction': 'Infraction : {label}',
  'history.infractionUnnamed': 'Infraction de classe {class}',
  'history.infractionWhy':
    '{points, plural, =0 {Aucun point retiré} one {# point retiré} other {# points retirés}} (infraction de {kind}, commise le {offenceDate}).',
  'history.recovery.c1to3':
    'Vos points reviennent tous après 2 ans sans nouvelle infraction (3 ans si une infraction de classe 4, 5 ou un délit figure au dossier), ou 10 ans après que l’infraction est devenue définitive.',
  'history.recovery.c4':
    'Vos points reviennent tous après 3 ans sans nouvelle infraction, ou 10 ans après que l’infraction est devenue définitive.',
  'history.recovery.serious':
    'Vos points reviennent tous après 3 ans sans nouvelle infraction (la règle des 10 ans ne s’applique pas à cette infraction).',
  'history.recovery.sixMonth':
    'Un point unique revient 6 mois après, si aucune infraction n’est commise dans ce délai.',
  'history.expected': 'Retour prévu le {date} ({rule}).',
  'history.kind.C1': 'classe 1',
  'history.kind.C2': 'classe 2',
  'history.kind.C3': 'classe 3',
  'history.kind.C4': 'classe 4',
  'history.kind.C5': 'classe 5',
  'history.kind.DELIT': 'délit',
  'history.restoration': 'Récupération : {rule}',
  'history.restorationWhy': '{points, plural, one {# point rendu} other {# points rendus}} par la {rule}.',
  'history.course': 'Stage de sensibilisation',
  'history.courseWhy':
    '{points, plural, one {# point rendu} other {# points rendus}}, sans dépasser le maximum (stage du {from} au {to}).',
  'history.decision': 'Décision : {decision}',
  'history.decision.suspension': 'suspension',
  'history.decision.cancellation': 'annulation',
  'history.decision.lifted': 'levée de la mesure',
  'history.decisionWhy': 'Décision administrative ou judiciaire sur le permis.',
  'history.correction': 'Correction du fichier',
  'history.correctionWhy': 'Une information enregistrée a été corrigée.',
  'history.balanceAfter': 'Solde après : {balance}',

  'simulator.title': 'Simuler une infraction',
  'simulator.intro':
    'Choisissez une infraction et ses dates pour voir le solde qu’elle vous laisserait. Rien n’est enregistré.',
  'simulator.infraction': 'Infraction',
  'simulator.infractionPlaceholder': 'Choisir une infraction',
  'simulator.offenceDate': 'Date de l’infraction',
  'simulator.establishedOn': 'Date où elle deviendrait définitive',
  'simulator.establishedOnHint':
    'Le jour du paiement de l’amende ou de la condamnation, au format JJ/MM/AAAA.',
  'simulator.submit': 'Simuler',
  'simulator.cost':
    'Cette infraction retire {points, plural, =0 {aucun point} one {# point} other {# points}} (classe {class}).',
  'simulator.resultHeading': 'Résultat de la simulation',
  'simulator.result':
    'Votre solde serait de {balance, plural, one {# point} other {# points}} sur {maximum}.',
  'simulator.zero':
    'Attention : votre permis perdrait sa validité. Avant que l’infraction ne devienne définitive, un stage de sensibilisation peut rendre jusqu’à 4 points.',
  'simulator.course':
    'Un stage de sensibilisation rendrait jusqu’à 4 points, sans dépasser le maximum (un stage par an au plus).',
  'simulator.nothingStored': 'Simulation seulement : rien n’a été enregistré.',
  'simulator.upcoming': 'Dates de récupération qui en résulteraient',

  'documents.title': 'Mes documents',
  'documents.intro':
    'Le relevé d’information restreint (RIR) prouve la validité de votre permis, sans montrer vos points. Chacun porte une référence et un code que le destinataire peut vérifier.',
  'documents.generateRir': "Générer mon relevé d'information restreint",
  'documents.generateRii': "Générer mon relevé d'information intégral",
  'documents.riiHint':
    'Le relevé intégral (RII) contient tout votre dossier : points, historique, stages et décisions.',
  'documents.generated': 'Document créé : référence {reference}.',
  'documents.listHeading': 'Documents créés',
  'documents.none': 'Aucun document pour le moment.',
  'documents.kind.rir': 'Relevé d’information restreint',
  'documents.kind.rii': 'Relevé d’information intégral',
  'documents.item': 'Créé le {issuedAt}, valable jusqu’au {validUntil}',
  'documents.reference': 'Référence de vérification : {reference} (code {code})',
  'documents.referenceOnly': 'Référence de vérification : {reference} (le code est imprimé sur le document)',
  'documents.download': 'Télécharger le PDF ({reference})',
  'documents.verifyLink': 'Page de vérification',

  'account.title': 'Mon compte',
  'account.signedInWith.email': 'Vous êtes connecté avec une adresse électronique.',
  'account.signedInWith.franceconnect': 'Vous êtes connecté avec FranceConnect.',
  'account.licenceHeading': 'Mon permis',
  'account.licence': 'Permis n° {number}, {format}, {assurance}.',
  'account.assurance.verified': 'identité vérifiée par FranceConnect',
  'account.assurance.declared': 'identité déclarée',
  'account.noLicence': 'Aucun permis n’est rattaché à ce compte.',
  'account.unlink': 'Retirer mon permis de ce compte',
  'account.unlinkConfirm': 'Confirmer le retrait du permis',
  'account.unlinked': 'Votre permis n’est plus rattaché à ce compte.',
  'account.cancel': 'Annuler',
  'account.alertsHeading': 'Alertes reçues',
  'account.alerts':
    'Nous vous prévenons par courriel quand des points vous sont retirés, quand des points reviennent, et quand le rattachement de votre permis change. Voici celles de l’année écoulée, la plus récente en premier.',
  'account.noAlerts': 'Vous n’avez reçu aucune alerte pour l’instant.',
  'account.alertSent': 'envoyée le {date} à {time}',
  'account.deleteHeading': 'Supprimer mon compte',
  'account.deleteText':
    'La suppression efface votre compte, le rattachement de votre permis, vos documents, vos alertes reçues et votre adresse d’abonnement au calendrier. Votre dossier au fichier national n’est pas modifié.',
  'account.delete': 'Supprimer mon compte',
  'account.deleteConfirm': 'Confirmer la suppression définitive',
  'account.signOut': 'Se déconnecter',
  'account.signOutFailed':
    'La déconnexion de FranceConnect n’a pas abouti : vous êtes toujours connecté. Réessayez, ou déconnectez-vous de ce service seulement.',
  'account.signOutHere': 'Me déconnecter de ce service seulement',

  'verify.title': 'Vérifier un relevé d’information',
  'verify.intro': 'Référence {reference}',
  'verify.missingCode':
    'Le code de vérification manque : utilisez le lien ou le QR code imprimé sur le relevé.',
  'verify.notFound':
    'Aucun relevé ne correspond à cette référence et à ce code. Vérifiez-les, tels qu’imprimés sur le document.',
  'verify.tooMany':
    'Trop de vérifications en peu de temps, depuis cette adresse ou pour ce relevé. Réessayez dans {minutes, plural, one {# minute} other {# minutes}}.',
  'verify.authentic': 'Ce relevé est authentique : il a bien été délivré par ce service.',
  'verify.holder': 'Titulaire : {givenNames} {familyName}',
  'verify.identification.franceconnect': 'Identité du titulaire vérifiée par FranceConnect.',
  'verify.identification.declared': 'Identité déclarée par le titulaire lors du rattachement.',
  'verify.status.valid': 'Le permis est valide aujourd’hui.',
  'verify.status.suspended': 'Le permis est suspendu aujourd’hui.',
  'verify.status.cancelled': 'Le permis est annulé.',
  'verify.status.invalidated': 'Le permis a perdu sa validité (solde de points nul).',
  'verify.changed': 'Attention : la situation du permis a changé depuis la délivrance du relevé.',
  'verify.categories': 'Catégories : {categories}',
  'verify.issued': 'Délivré le {issuedAt}, valable jusqu’au {validUntil}.',
  'verify.withinValidity': 'Le relevé est dans sa durée de validité.',
  'verify.expired': 'Le relevé a dépassé sa durée de validité : demandez-en un nouveau au titulaire.',

  'notFound.title': 'Page introuvable',
  'notFound.text': 'Cette adresse ne correspond à aucune page.',
  'notFound.home': 'Revenir à l’accueil',
} as const;

export type MessageId = keyof typeof fr;
