<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>@default</name>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="57"/>
        <source>Feature {0} of layer &apos;{1}&apos; cannot be reprojected to {2}: {3}. Check the layer&apos;s CRS.</source>
        <translation>L'entité {0} de la couche '{1}' ne peut pas être reprojetée vers {2} : {3}. Vérifiez le SCR de la couche.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="251"/>
        <source>Corridor {0}</source>
        <translation>Corridor {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="101"/>
        <source>The corridors layer &apos;{0}&apos; must hold polygons; it holds {1}.</source>
        <translation>La couche de corridors '{0}' doit contenir des polygones ; elle contient {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="107"/>
        <source>The corridors layer &apos;{0}&apos; has no features. Draw or load at least one corridor and run again.</source>
        <translation>La couche de corridors '{0}' n'a aucune entité. Dessinez ou chargez au moins un corridor et relancez.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="203"/>
        <source>The least-cost paths layer &apos;{0}&apos; needs the fields core_a and core_b (as written by ccsg:leastcostcorridors).</source>
        <translation>La couche de chemins de moindre coût '{0}' a besoin des champs core_a et core_b (tels qu'écrits par ccsg:leastcostcorridors).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="73"/>
        <source>The raster layer &apos;{0}&apos; is not a file raster (provider {1}). Save it as a GeoTIFF (Export &gt; Save As...) and use that layer.</source>
        <translation>La couche raster '{0}' n'est pas un raster sur fichier (fournisseur {1}). Enregistrez-la en GeoTIFF (Exporter &gt; Enregistrer sous...) et utilisez cette couche.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="200"/>
        <source>GDAL could not reproject the raster to {0}.</source>
        <translation>GDAL n'a pas pu reprojeter le raster vers {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="69"/>
        <source>barriers</source>
        <translation>obstacles</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="64"/>
        <source>cores</source>
        <translation>zones cœurs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="98"/>
        <source>{0} has no coordinate reference system. Set a projected CRS in metres in Project &gt; Properties &gt; CRS (for example a UTM zone or a national grid).</source>
        <translation>{0} n'a pas de système de coordonnées de référence. Définissez un SCR projeté en mètres dans Projet &gt; Propriétés &gt; SCR (par exemple une zone UTM ou une projection nationale).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="101"/>
        <source>{0} uses the geographic CRS {1} (degrees), but corridor widths and areas are measured in metres. Pick a projected CRS in Project &gt; Properties &gt; CRS, for example a UTM zone or a national grid in metres, then try again.</source>
        <translation>{0} utilise le SCR géographique {1} (degrés), mais les largeurs et surfaces des corridors se mesurent en mètres. Choisissez un SCR projeté dans Projet &gt; Propriétés &gt; SCR, par exemple une zone UTM ou une projection nationale en mètres, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="208"/>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/files.py" line="68"/>
        <source>Could not create the corridor store {0}: {1}. Pick a folder you can write to.</source>
        <translation>Impossible de créer la base de corridors {0} : {1}. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/files.py" line="100"/>
        <source>Candidate corridors</source>
        <translation>Corridors candidats</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/files.py" line="102"/>
        <source>{0} is not a corridor store (no &apos;{1}&apos; table). Create a new store or pick another GeoPackage.</source>
        <translation>{0} n'est pas une base de corridors (pas de table '{1}'). Créez une nouvelle base ou choisissez un autre GeoPackage.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/files.py" line="106"/>
        <source>The corridor store {0} lacks the fields {1}. Create a new store.</source>
        <translation>Il manque à la base de corridors {0} les champs {1}. Créez une nouvelle base.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="23"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="104"/>
        <source>The subtype must belong to the governance type (A-D).</source>
        <translation>Le sous-type doit appartenir au type de gouvernance (A-D).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="105"/>
        <source>Use &apos;permanent&apos; or a whole number of years.</source>
        <translation>Utilisez 'permanent' ou un nombre entier d'années.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="126"/>
        <source>CCSG candidate corridors</source>
        <translation>Corridors candidats CCSG</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="41"/>
        <source>The corridor has no shape. Click at least three points, then right-click to finish.</source>
        <translation>Le corridor n'a pas de forme. Cliquez au moins trois points, puis clic droit pour terminer.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="43"/>
        <source>The corridor must be a polygon.</source>
        <translation>Le corridor doit être un polygone.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="45"/>
        <source>The corridor polygon has zero area (its points lie on one line). Draw it again with at least three points that enclose an area.</source>
        <translation>Le polygone du corridor a une surface nulle (ses points sont alignés). Dessinez-le de nouveau avec au moins trois points qui entourent une surface.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="48"/>
        <source>The corridor polygon crosses itself. Draw it again so that its outline does not cross, or split it into two corridors.</source>
        <translation>Le polygone du corridor se recoupe. Dessinez-le de nouveau sans que son contour se croise, ou divisez-le en deux corridors.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/drawing_checks.py" line="24"/>
        <source>The centre line needs at least two different points. Click the start, the bends and the end, then right-click to finish.</source>
        <translation>La ligne centrale demande au moins deux points distincts. Cliquez le début, les coudes et la fin, puis clic droit pour terminer.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/drawing_checks.py" line="27"/>
        <source>The corridor width is {0} m; it must be greater than 0. Type a width in metres in the Corridor designer panel.</source>
        <translation>La largeur du corridor est de {0} m ; elle doit être supérieure à 0. Saisissez une largeur en mètres dans le panneau Concepteur de corridors.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/map_tools.py" line="141"/>
        <source>The corridor store {0} cannot be edited (read-only file?). Copy it to a folder you can write to and open the copy.</source>
        <translation>La base de corridors {0} ne peut pas être modifiée (fichier en lecture seule ?). Copiez-la dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/map_tools.py" line="152"/>
        <source>Add corridor</source>
        <translation>Ajouter un corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="269"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="270"/>
        <source>(no status)</source>
        <translation>(sans état)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="282"/>
        <source>Pick a polygon layer to copy the corridors from.</source>
        <translation>Choisissez une couche de polygones depuis laquelle copier les corridors.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="284"/>
        <source>The layer &apos;{0}&apos; has no polygons; pick the least-cost corridor polygons output.</source>
        <translation>La couche '{0}' n'a pas de polygones ; choisissez la sortie polygones des corridors de moindre coût.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="288"/>
        <source>No corridor is selected in &apos;{0}&apos;. Select the corridors to copy on the map or in the attribute table.</source>
        <translation>Aucun corridor n'est sélectionné dans '{0}'. Sélectionnez les corridors à copier sur la carte ou dans la table attributaire.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="308"/>
        <source>Least-cost corridor {0}</source>
        <comment> - </comment>
        <translation>Corridor de moindre coût {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="312"/>
        <source>None of the selected features of &apos;{0}&apos; is a valid polygon.</source>
        <translation>Aucune des entités sélectionnées de '{0}' n'est un polygone valide.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="314"/>
        <source>The corridor store {0} cannot be edited (read-only file?).</source>
        <translation>La base de corridors {0} ne peut pas être modifiée (fichier en lecture seule ?).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="316"/>
        <source>Add least-cost corridors</source>
        <translation>Ajouter des corridors de moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="320"/>
        <source>The corridors could not be added to {0}.</source>
        <translation>Les corridors n'ont pas pu être ajoutés à {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="49"/>
        <source>Core areas</source>
        <translation>Zones cœurs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="166"/>
        <source>Resistance</source>
        <translation>Résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/demo.py" line="63"/>
        <source>The demo file {0} could not be opened in {1}.</source>
        <translation>Le fichier de démonstration {0} n'a pas pu être ouvert dans {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="71"/>
        <source>pass</source>
        <translation>conforme</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="72"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="73"/>
        <source>fail</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="74"/>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="79"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="79"/>
        <source>advisory</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="79"/>
        <source>info</source>
        <translation>informatif</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="208"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="209"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="143"/>
        <source>No width profile (the corridor axis could not be traced).</source>
        <translation>Pas de profil de largeur (l'axe du corridor n'a pas pu être tracé).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="159"/>
        <source>Width profile</source>
        <translation>Profil de largeur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="160"/>
        <source>distance along the corridor (km)</source>
        <translation>distance le long du corridor (km)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="161"/>
        <source>width (m)</source>
        <translation>largeur (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="196"/>
        <source>minimum width {0} m</source>
        <translation>largeur minimale {0} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="66"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.py" line="124"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="162"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="66"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.py" line="124"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="218"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="218"/>
        <source>Source of the threshold</source>
        <translation>Source du seuil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="280"/>
        <source>corridor</source>
        <translation>corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="75"/>
        <source>core areas</source>
        <translation>zones cœurs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="282"/>
        <source>roads and barriers (black lines), crossings (blue)</source>
        <translation>routes et obstacles (lignes noires), passages à faune (bleu)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="283"/>
        <source>problem locations (numbered as in the table)</source>
        <translation>endroits problématiques (numérotés comme dans la table)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="307"/>
        <source>At least one required (IUCN definitional) criterion fails.</source>
        <translation>Au moins un critère obligatoire (de définition UICN) n'est pas respecté.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="309"/>
        <source>Problem:</source>
        <translation>Problème :</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="319"/>
        <source>Map of {0}</source>
        <translation>Carte de {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="322"/>
        <source>No map image (the corridor has no usable geometry).</source>
        <translation>Pas d'image de carte (le corridor n'a pas de géométrie utilisable).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="325"/>
        <source>Marked on the map</source>
        <translation>Marqué sur la carte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="332"/>
        <source>IUCN guideline checks (from the definition of an ecological corridor)</source>
        <translation>Vérifications des lignes directrices de l'UICN (d'après la définition d'un corridor écologique)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="333"/>
        <source>These follow from the definition in Hilty et al. (2020), IUCN Best Practice Protected Area Guidelines Series No. 30: a clearly defined space, governed and managed over the long term, to maintain or restore effective connectivity.</source>
        <translation>Elles découlent de la définition de Hilty et al. (2020), Série des lignes directrices sur les bonnes pratiques pour les aires protégées de l'UICN n° 30 : un espace clairement défini, gouverné et géré sur le long terme pour maintenir ou restaurer une connectivité effective.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="356"/>
        <source>None in this profile.</source>
        <translation>Aucun dans ce profil.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="345"/>
        <source>Design criteria (thresholds from the literature or design defaults)</source>
        <translation>Critères de conception (seuils issus de la littérature ou valeurs par défaut de conception)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="346"/>
        <source>The IUCN guidelines give no universal numbers for width, length or gaps. Each threshold below comes from the source named beside it and can be changed in the profile.</source>
        <translation>Les lignes directrices de l'UICN ne donnent aucun nombre universel de largeur, de longueur ou de discontinuité. Chaque seuil ci-dessous vient de la source citée à côté et peut être modifié dans le profil.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="358"/>
        <source>Width along the corridor</source>
        <translation>Largeur le long du corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="363"/>
        <source>Documented attributes</source>
        <translation>Attributs documentés</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="364"/>
        <source>No attributes are filled in for this corridor.</source>
        <translation>Aucun attribut n'est renseigné pour ce corridor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="390"/>
        <source>Corridor guideline check</source>
        <translation>Vérification des lignes directrices du corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="393"/>
        <source>Made with the CCSG Corridor Toolkit on {0}</source>
        <translation>Réalisé avec CCSG Corridor Toolkit le {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="394"/>
        <source>Only the checks listed under &apos;IUCN guideline checks&apos; follow from the IUCN definition of an ecological corridor. All numeric thresholds come from the named literature or are design defaults of this toolkit; they are not IUCN rules.</source>
        <translation>Seules les vérifications listées sous « Vérifications des lignes directrices de l'UICN » découlent de la définition UICN d'un corridor écologique. Tous les seuils numériques viennent de la littérature citée ou sont des valeurs par défaut de conception de cette boîte à outils ; ce ne sont pas des règles de l'UICN.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="406"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="69"/>
        <source>Corridor</source>
        <translation>Corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="64"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="412"/>
        <source>Required criteria failed</source>
        <translation>Critères obligatoires non respectés</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="412"/>
        <source>Criteria failed or warned</source>
        <translation>Critères non respectés ou en avertissement</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="443"/>
        <source>Criteria profile</source>
        <translation>Profil de critères</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="444"/>
        <source>No profile information.</source>
        <translation>Aucune information sur le profil.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="445"/>
        <source>Data used</source>
        <translation>Données utilisées</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="446"/>
        <source>No data layers.</source>
        <translation>Aucune couche de données.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/demo_action.py" line="37"/>
        <source>Demo project</source>
        <translation>Projet de démonstration</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/demo_action.py" line="37"/>
        <source>Demo project loaded and saved as {0}</source>
        <translation>Projet de démonstration chargé et enregistré sous {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="17"/>
        <source>Amphibians</source>
        <translation>Amphibiens</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="18"/>
        <source>Pond-to-upland links for amphibians: 50 m width, 30 m gaps, any paved road severs.</source>
        <translation>Liaisons mares–milieux terrestres pour les amphibiens : 50 m de large, discontinuités de 30 m, toute route revêtue coupe.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="19"/>
        <source>Climate adaptation</source>
        <translation>Adaptation au climat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="20"/>
        <source>Widen corridors for long-lived, climate-driven functions and require a gradient between the cores.</source>
        <translation>Élargir les corridors pour des fonctions durables liées au climat et exiger un gradient entre les zones cœurs.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="21"/>
        <source>Forest birds and small mammals</source>
        <translation>Oiseaux forestiers et petits mammifères</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="22"/>
        <source>Forest-dependent birds and small mammals: narrower corridors, small habitat gaps; the habitat graph test is the key check.</source>
        <translation>Oiseaux et petits mammifères forestiers : corridors plus étroits, petites discontinuités d'habitat ; le test du graphe d'habitat est la vérification clé.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="23"/>
        <source>Freshwater, riverine</source>
        <translation>Eau douce, cours d'eau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="24"/>
        <source>River reaches with their floodplain: longitudinal barriers, lateral floodplain share, riparian buffers.</source>
        <translation>Tronçons de rivière avec leur plaine inondable : obstacles longitudinaux, part de plaine inondable latérale, bandes riveraines.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="25"/>
        <source>Large carnivore</source>
        <translation>Grand carnivore</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="26"/>
        <source>Wide-ranging carnivores: 2 km minimum width, stricter road density, severance blocking, length against dispersal enforced.</source>
        <translation>Carnivores à grand domaine vital : 2 km de largeur minimale, densité de routes plus stricte, coupure bloquante, longueur par rapport à la dispersion exigée.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="27"/>
        <source>Marine network</source>
        <translation>Réseau marin</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="28"/>
        <source>Networks of marine protected components: alongshore span and spacing set by adult movement and larval dispersal.</source>
        <translation>Réseaux de composantes marines protégées : étendue le long de la côte et espacement fixés par les déplacements des adultes et la dispersion larvaire.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="29"/>
        <source>Terrestrial, multi-species (default)</source>
        <translation>Terrestre, multi-espèces (par défaut)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="30"/>
        <source>Multi-species terrestrial linkage. Width 2 km after Beier 2019; gaps, edges and footprint thresholds are literature values or design defaults. Only the definitional checks are IUCN guideline checks.</source>
        <translation>Liaison terrestre multi-espèces. Largeur de 2 km d'après Beier 2019 ; les seuils de discontinuités, de lisières et d'empreinte humaine sont des valeurs de la littérature ou des valeurs par défaut de conception. Seules les vérifications de définition sont des vérifications des lignes directrices de l'UICN.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="31"/>
        <source>Clearly bounded space</source>
        <translation>Espace clairement délimité</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="32"/>
        <source>Links at least two cores</source>
        <translation>Relie au moins deux zones cœurs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="33"/>
        <source>Not simply part of one core</source>
        <translation>N'est pas simplement une partie d'une zone cœur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="34"/>
        <source>Connectivity objective stated</source>
        <translation>Objectif de connectivité énoncé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="35"/>
        <source>Governance type and authority</source>
        <translation>Type et autorité de gouvernance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="36"/>
        <source>Management plan or mechanism</source>
        <translation>Plan ou mécanisme de gestion</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="37"/>
        <source>Long-term commitment</source>
        <translation>Engagement à long terme</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="38"/>
        <source>Effectiveness monitored</source>
        <translation>Efficacité suivie</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="39"/>
        <source>Minimum width</source>
        <translation>Largeur minimale</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="158"/>
        <source>Pinch points</source>
        <translation>Goulots d'étranglement</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="42"/>
        <source>Length against dispersal distance</source>
        <translation>Longueur par rapport à la distance de dispersion</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="43"/>
        <source>Wider when longer</source>
        <translation>Plus large quand plus long</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="44"/>
        <source>Habitat continuity (largest gap)</source>
        <translation>Continuité de l'habitat (plus grande discontinuité)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="45"/>
        <source>Stepping-stone spacing</source>
        <translation>Espacement des pas japonais</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="46"/>
        <source>Natural habitat share</source>
        <translation>Part d'habitat naturel</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="47"/>
        <source>Interior beyond edge influence</source>
        <translation>Intérieur hors de l'influence de la lisière</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="48"/>
        <source>Holds the least-cost path</source>
        <translation>Contient le chemin de moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="49"/>
        <source>Cost efficiency of the route inside</source>
        <translation>Efficacité en coût de l'itinéraire intérieur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="50"/>
        <source>Climate / elevation gradient</source>
        <translation>Gradient climatique / altitudinal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="52"/>
        <source>Riparian zones included</source>
        <translation>Zones riveraines incluses</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="53"/>
        <source>Share already protected</source>
        <translation>Part déjà protégée</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="54"/>
        <source>Not severed by barriers</source>
        <translation>Non coupé par des obstacles</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="55"/>
        <source>Crossing structures on severing barriers</source>
        <translation>Passages à faune sur les obstacles qui coupent</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="56"/>
        <source>Road density</source>
        <translation>Densité de routes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="57"/>
        <source>Built-up land in and around</source>
        <translation>Surfaces bâties dedans et autour</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="58"/>
        <source>Artificial light at night</source>
        <translation>Lumière artificielle nocturne</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="59"/>
        <source>River barriers (longitudinal)</source>
        <translation>Obstacles en rivière (longitudinaux)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="60"/>
        <source>Floodplain included (lateral)</source>
        <translation>Plaine inondable incluse (latérale)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="61"/>
        <source>Alongshore span</source>
        <translation>Étendue le long de la côte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="62"/>
        <source>Spacing to the next protected component</source>
        <translation>Espacement jusqu'à la composante protégée suivante</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="63"/>
        <source>Seasonal regime documented</source>
        <translation>Régime saisonnier documenté</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="90"/>
        <source>CCSG Corridors</source>
        <translation>Corridors CCSG</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="96"/>
        <source>Load demo project</source>
        <translation>Charger le projet de démonstration</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/provider.py" line="15"/>
        <source>CCSG corridors</source>
        <translation>Corridors CCSG</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/provider.py" line="18"/>
        <source>CCSG Corridor Toolkit</source>
        <translation>CCSG Corridor Toolkit</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/analysis_outputs.py" line="30"/>
        <source>The project is not saved yet, so there is no folder to put the results in. Save the project (Project &gt; Save) or pick a folder in &apos;Save in&apos;.</source>
        <translation>Le projet n'est pas encore enregistré : il n'y a donc pas de dossier où mettre les résultats. Enregistrez le projet (Projet &gt; Enregistrer) ou choisissez un dossier dans « Enregistrer dans ».</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="219"/>
        <source>The result file {0} could not be opened.</source>
        <translation>Le fichier de résultats {0} n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="150"/>
        <source>{0}: {1}{2}</source>
        <translation>{0} : {1}{2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="144"/>
        <source> (a required criterion fails)</source>
        <translation> (un critère obligatoire n'est pas respecté)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="250"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="251"/>
        <source>Loaded from</source>
        <translation>Chargé depuis</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="112"/>
        <source>Realm</source>
        <translation>Milieu</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="255"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="257"/>
        <source>Modifiers applied</source>
        <translation>Modificateurs appliqués</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="259"/>
        <source>Home-range width of the focal species (m)</source>
        <translation>Largeur du domaine vital de l'espèce cible (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="260"/>
        <source>Longest dispersal distance (m)</source>
        <translation>Plus grande distance de dispersion (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="261"/>
        <source>Largest habitat gap crossed (m)</source>
        <translation>Plus grande discontinuité d'habitat franchie (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="264"/>
        <source>Habitat classes</source>
        <translation>Classes d'habitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="266"/>
        <source>Source of {0}</source>
        <translation>Source de {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="314"/>
        <source>Corridor guideline check: {0}</source>
        <translation>Vérification des lignes directrices du corridor : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="331"/>
        <source>profile id &apos;{0}&apos;</source>
        <translation>identifiant de profil '{0}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/doctor_inputs.py" line="40"/>
        <source>no CRS</source>
        <translation>pas de SCR</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/doctor_inputs.py" line="197"/>
        <source>Checking the least-cost inputs</source>
        <translation>Contrôle des entrées de moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="84"/>
        <source>The raster layer &apos;{0}&apos; cannot be read as a file ({1}); save it as a GeoTIFF first.</source>
        <translation>La couche raster '{0}' ne peut pas être lue comme fichier ({1}) ; enregistrez-la d'abord en GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="71"/>
        <source>The raster layer could not be opened.</source>
        <translation>La couche raster n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="134"/>
        <source>The raster layer &apos;{0}&apos; has no band {1}.</source>
        <translation>La couche raster '{0}' n'a pas de bande {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="123"/>
        <source>The raster layer &apos;{0}&apos; is rotated or not north-up; warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>La couche raster '{0}' est tournée ou non orientée nord ; reprojetez-la d'abord sur une grille orientée nord (Raster &gt; Projections &gt; Projection (warp)).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="112"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos;.</source>
        <translation>La couche '{0}' n'a pas de champ '{1}'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rasterize.py" line="144"/>
        <source>A feature of &apos;{0}&apos; has no value in the core id field &apos;{1}&apos;; fill it in.</source>
        <translation>Une entité de '{0}' n'a pas de valeur dans le champ d'identifiant de zone cœur '{1}' ; renseignez-la.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="323"/>
        <source>0 (source)</source>
        <translation>0 (source)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="63"/>
        <source>The layer &apos;{0}&apos; has no coordinate reference system; set its CRS (Layer Properties &gt; Source) to the projected CRS it was made in.</source>
        <translation>La couche '{0}' n'a pas de système de coordonnées de référence ; attribuez-lui (Propriétés de la couche &gt; Source) le SCR projeté dans lequel elle a été créée.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="84"/>
        <source>e.g. with Raster &gt; Projections &gt; Warp (Reproject)</source>
        <translation>par ex. avec Raster &gt; Projections &gt; Projection (warp)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="86"/>
        <source>e.g. with Vector &gt; Data Management &gt; Reproject</source>
        <translation>par ex. avec Vecteur &gt; Gestion de données &gt; Reprojeter</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="87"/>
        <source>The layer &apos;{0}&apos; is in a geographic CRS ({1}, degrees); reproject it to a projected CRS in metres, {2}.</source>
        <translation>La couche '{0}' est dans un SCR géographique ({1}, degrés) ; reprojetez-la dans un SCR projeté en mètres, {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="21"/>
        <source>The layer &apos;{0}&apos; has no features; choose a layer that holds them.</source>
        <translation>La couche '{0}' n'a aucune entité ; choisissez une couche qui en contient.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="27"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos;; choose its core id field.</source>
        <translation>La couche '{0}' n'a pas de champ '{1}' ; choisissez son champ d'identifiant de zone cœur.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="30"/>
        <source>Some features of &apos;{0}&apos; have no value in the core id field &apos;{1}&apos;; give every core an id.</source>
        <translation>Certaines entités de '{0}' n'ont pas de valeur dans le champ d'identifiant de zone cœur '{1}' ; donnez un identifiant à chaque zone cœur.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="36"/>
        <source>The core id field &apos;{0}&apos; of &apos;{1}&apos; repeats the ids {2}; give every core its own id (or dissolve the features of one core first).</source>
        <translation>Le champ d'identifiant de zone cœur '{0}' de '{1}' répète les identifiants {2} ; donnez à chaque zone cœur son propre identifiant (ou fusionnez d'abord les entités d'une même zone cœur).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="108"/>
        <source>The raster &apos;{0}&apos; holds only NoData cells; choose the right band or file.</source>
        <translation>Le raster '{0}' ne contient que des cellules NoData ; choisissez la bonne bande ou le bon fichier.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="98"/>
        <source>The resistance raster &apos;{0}&apos; has {1} cells with zero or negative resistance (lowest {2}); resistance must be positive: set them to a positive value, or to NoData where movement is impossible (Raster Calculator or Reclassify).</source>
        <translation>Le raster de résistance '{0}' a {1} cellules de résistance nulle ou négative (minimum {2}) ; la résistance doit être positive : donnez-leur une valeur positive, ou NoData là où le déplacement est impossible (Calculatrice raster ou Reclassification).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="108"/>
        <source>The layer &apos;{0}&apos; has no features with a geometry.</source>
        <translation>La couche '{0}' n'a aucune entité avec une géométrie.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="112"/>
        <source>The cores {0} of &apos;{1}&apos; lie outside the raster &apos;{2}&apos;; clip or remove them, or use a raster that covers them.</source>
        <comment>, </comment>
        <translation>Les zones cœurs {0} de '{1}' sont hors du raster '{2}' ; découpez-les ou supprimez-les, ou utilisez un raster qui les couvre.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="118"/>
        <source>The cores {0} of &apos;{1}&apos; lie entirely on NoData cells of &apos;{2}&apos;; give those cells a resistance or remove the cores.</source>
        <comment>, </comment>
        <translation>Les zones cœurs {0} de '{1}' sont entièrement sur des cellules NoData de '{2}' ; donnez une résistance à ces cellules ou supprimez les zones cœurs.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="126"/>
        <source>No feature of &apos;{0}&apos; lies on the raster &apos;{1}&apos;; use features inside the raster&apos;s extent.</source>
        <translation>Aucune entité de '{0}' n'est sur le raster '{1}' ; utilisez des entités dans l'emprise du raster.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="131"/>
        <source>The features of &apos;{0}&apos; lie only on NoData cells of &apos;{1}&apos;; move them onto cells with a resistance.</source>
        <translation>Les entités de '{0}' ne sont que sur des cellules NoData de '{1}' ; déplacez-les sur des cellules ayant une résistance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="45"/>
        <source>The output file {0} already exists; choose another name or delete it first (the toolkit never overwrites files).</source>
        <translation>Le fichier de sortie {0} existe déjà ; choisissez un autre nom ou supprimez-le d'abord (la boîte à outils n'écrase jamais de fichiers).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="66"/>
        <source>Flat</source>
        <translation>Plates</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="67"/>
        <source>Round</source>
        <translation>Arrondies</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="165"/>
        <source>Store: {0}</source>
        <translation>Base : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="170"/>
        <source>No store yet: create one next to the project, or open one.</source>
        <translation>Pas encore de base : créez-en une à côté du projet, ou ouvrez-en une.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="118"/>
        <source>Corridor designer</source>
        <translation>Concepteur de corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="214"/>
        <source>New corridor store</source>
        <translation>Nouvelle base de corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="221"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="221"/>
        <source>Open corridor store</source>
        <translation>Ouvrir une base de corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="299"/>
        <source>Create or open a corridor store first (New store… / Open store…).</source>
        <translation>Créez ou ouvrez d'abord une base de corridors (Nouvelle base… / Ouvrir une base…).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="418"/>
        <source>Corridors saved to {0}</source>
        <translation>Corridors enregistrés dans {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="436"/>
        <source>{0} least-cost corridors copied into the store as candidates ({1} = {2}).</source>
        <translation>{0} corridors de moindre coût copiés dans la base comme candidats ({1} = {2}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/map_tools.py" line="114"/>
        <source>Create or open a corridor store in the Corridor designer panel first.</source>
        <translation>Créez ou ouvrez d'abord une base de corridors dans le panneau Concepteur de corridors.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/map_tools.py" line="173"/>
        <source>A corridor polygon needs at least three points; {0} were clicked. Click the outline, then right-click to finish.</source>
        <translation>Un polygone de corridor demande au moins trois points ; {0} ont été cliqués. Cliquez le contour, puis clic droit pour terminer.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="104"/>
        <source>Corridor id</source>
        <translation>Identifiant du corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="105"/>
        <source>Your identifier for this corridor (free text).</source>
        <translation>Votre identifiant pour ce corridor (texte libre).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="106"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="107"/>
        <source>Name of the corridor.</source>
        <translation>Nom du corridor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="108"/>
        <source>Connectivity objective</source>
        <translation>Objectif de connectivité</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="109"/>
        <source>What connectivity the corridor maintains or restores, and for whom.</source>
        <translation>Quelle connectivité le corridor maintient ou restaure, et pour qui.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="110"/>
        <source>Target species / processes</source>
        <translation>Espèces / processus cibles</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="111"/>
        <source>Focal species (taxon names) or ecological processes, separated by &apos;;&apos;.</source>
        <translation>Espèces cibles (noms de taxons) ou processus écologiques, séparés par ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="113"/>
        <source>Terrestrial, freshwater, marine or mixed (WDPA MARINE 0/1/2).</source>
        <translation>Terrestre, eau douce, marin ou mixte (WDPA MARINE 0/1/2).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="118"/>
        <source>Governance type</source>
        <translation>Type de gouvernance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="119"/>
        <source>IUCN governance type A-D.</source>
        <translation>Type de gouvernance de l'UICN A-D.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="120"/>
        <source>A - Governance by government</source>
        <translation>A - Gouvernance par le gouvernement</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="121"/>
        <source>B - Shared governance</source>
        <translation>B - Gouvernance partagée</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="122"/>
        <source>C - Private governance</source>
        <translation>C - Gouvernance privée</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="123"/>
        <source>D - Governance by Indigenous peoples and local communities</source>
        <translation>D - Gouvernance par les peuples autochtones et les communautés locales</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="124"/>
        <source>Not Reported</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="125"/>
        <source>Governance subtype</source>
        <translation>Sous-type de gouvernance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="126"/>
        <source>WDPA GOV_TYPE; must belong to the governance type (A: agencies, B: shared, C: private, D: Indigenous peoples / local communities).</source>
        <translation>GOV_TYPE de la WDPA ; doit appartenir au type de gouvernance (A : organismes, B : partagée, C : privée, D : peuples autochtones / communautés locales).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="138"/>
        <source>Governance authority</source>
        <translation>Autorité de gouvernance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="139"/>
        <source>Body or bodies that make decisions.</source>
        <translation>Organe ou organes qui prennent les décisions.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="140"/>
        <source>Management authority</source>
        <translation>Autorité de gestion</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="141"/>
        <source>WDPA MANG_AUTH equivalent, or &apos;Not Reported&apos;.</source>
        <translation>Équivalent de MANG_AUTH de la WDPA, ou 'Not Reported'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="142"/>
        <source>Management plan</source>
        <translation>Plan de gestion</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="143"/>
        <source>WDPA MANG_PLAN equivalent: URL or reference (&apos;Not Reported&apos; fails the &apos;managed&apos; check).</source>
        <translation>Équivalent de MANG_PLAN de la WDPA : URL ou référence ('Not Reported' échoue à la vérification « géré »).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="144"/>
        <source>Management mechanism</source>
        <translation>Mécanisme de gestion</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="145"/>
        <source>Other management mechanism, when there is no management plan.</source>
        <translation>Autre mécanisme de gestion, quand il n'y a pas de plan de gestion.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="146"/>
        <source>Ownership type</source>
        <translation>Type de propriété</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="147"/>
        <source>WDPA OWN_TYPE.</source>
        <translation>OWN_TYPE de la WDPA.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="153"/>
        <source>Legal mechanism</source>
        <translation>Mécanisme juridique</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="154"/>
        <source>The legal or other effective means of long-term commitment.</source>
        <translation>Le moyen juridique ou autre moyen efficace d'engagement à long terme.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="163"/>
        <source>Stage of designation (WDPA STATUS).</source>
        <translation>Étape de la désignation (STATUS de la WDPA).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="169"/>
        <source>Status year</source>
        <translation>Année de l'état</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="170"/>
        <source>Year the status was reached (4 digits).</source>
        <translation>Année où l'état a été atteint (4 chiffres).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="171"/>
        <source>Commitment duration</source>
        <translation>Durée de l'engagement</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="172"/>
        <source>&apos;permanent&apos; or a whole number of years.</source>
        <translation>'permanent' ou un nombre entier d'années.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="173"/>
        <source>Monitoring plan</source>
        <translation>Plan de suivi</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="174"/>
        <source>Text or URL of the monitoring plan.</source>
        <translation>Texte ou URL du plan de suivi.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="175"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="176"/>
        <source>Monitoring indicators, separated by &apos;;&apos;.</source>
        <translation>Indicateurs de suivi, séparés par ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="177"/>
        <source>Last assessment</source>
        <translation>Dernière évaluation</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="178"/>
        <source>Date of the last effectiveness assessment.</source>
        <translation>Date de la dernière évaluation de l'efficacité.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="179"/>
        <source>Connectivity type</source>
        <translation>Type de connectivité</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="180"/>
        <source>Structural, functional or both.</source>
        <translation>Structurelle, fonctionnelle ou les deux.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="184"/>
        <source>Corridor form</source>
        <translation>Forme du corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="185"/>
        <source>Continuous, stepping stones or landscape mosaic.</source>
        <translation>Continu, pas japonais ou mosaïque paysagère.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="189"/>
        <source>Corridor functions</source>
        <translation>Fonctions du corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="190"/>
        <source>Intended functions (Hess &amp; Fischer 2001), one or more, separated by &apos;;&apos;.</source>
        <translation>Fonctions prévues (Hess et Fischer 2001), une ou plusieurs, séparées par ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="197"/>
        <source>Temporal regime</source>
        <translation>Régime temporel</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="198"/>
        <source>Permanent, seasonal or dynamic.</source>
        <translation>Permanent, saisonnier ou dynamique.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="202"/>
        <source>Active months</source>
        <translation>Mois actifs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="203"/>
        <source>For seasonal corridors: months 1-12, separated by &apos;;&apos;.</source>
        <translation>Pour les corridors saisonniers : mois 1-12, séparés par ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="204"/>
        <source>Rightsholders engaged</source>
        <translation>Détenteurs de droits associés</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="205"/>
        <source>Indigenous peoples, local communities and stakeholders engaged, separated by &apos;;&apos;.</source>
        <translation>Peuples autochtones, communautés locales et parties prenantes associés, séparés par ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="206"/>
        <source>FPIC</source>
        <translation>CLPE</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="207"/>
        <source>Free, prior and informed consent obtained.</source>
        <translation>Consentement libre, préalable et éclairé obtenu.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="211"/>
        <source>Transboundary</source>
        <translation>Transfrontalier</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="212"/>
        <source>The corridor crosses a jurisdictional boundary.</source>
        <translation>Le corridor traverse une limite administrative.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="213"/>
        <source>Design method</source>
        <translation>Méthode de conception</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="214"/>
        <source>How the corridor was delineated.</source>
        <translation>Comment le corridor a été délimité.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="219"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="220"/>
        <source>WDPA VERIF.</source>
        <translation>VERIF de la WDPA.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="223"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="224"/>
        <source>Free notes.</source>
        <translation>Notes libres.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="225"/>
        <source>Centre line (WKT)</source>
        <translation>Ligne centrale (WKT)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="226"/>
        <source>Centre line the corridor was drawn from (map CRS); empty for a drawn polygon.</source>
        <translation>Ligne centrale à partir de laquelle le corridor a été dessiné (SCR de la carte) ; vide pour un polygone dessiné.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="227"/>
        <source>Drawn width (m)</source>
        <translation>Largeur dessinée (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="228"/>
        <source>Width used to buffer the centre line, metres.</source>
        <translation>Largeur utilisée pour le tampon de la ligne centrale, en mètres.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="229"/>
        <source>End style</source>
        <translation>Type d'extrémités</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="230"/>
        <source>Ends of the buffered centre line: flat or round.</source>
        <translation>Extrémités de la ligne centrale tamponnée : plates ou arrondies.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="233"/>
        <source>Area (ha)</source>
        <translation>Surface (ha)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="234"/>
        <source>Computed on save: polygon area in hectares.</source>
        <translation>Calculée à l'enregistrement : surface du polygone en hectares.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="235"/>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="236"/>
        <source>Computed on save: length of the centre line, or the longest straight span of the polygon.</source>
        <translation>Calculée à l'enregistrement : longueur de la ligne centrale, ou la plus grande portée rectiligne du polygone.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="237"/>
        <source>Minimum width (m)</source>
        <translation>Largeur minimale (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="238"/>
        <source>Computed on save: the largest width for which the corridor, shrunk by half of it, still joins its two linked cores (0 when it does not join two cores).</source>
        <translation>Calculée à l'enregistrement : la plus grande largeur pour laquelle le corridor, rétréci de la moitié de cette largeur, relie encore ses deux zones cœurs liées (0 s'il ne relie pas deux zones cœurs).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="239"/>
        <source>Connected core ids</source>
        <translation>Identifiants des zones cœurs reliées</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="240"/>
        <source>Computed on save: ids of the cores the corridor touches, separated by &apos;;&apos;.</source>
        <translation>Calculé à l'enregistrement : identifiants des zones cœurs que le corridor touche, séparés par ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="284"/>
        <source>Check corridors against guideline criteria</source>
        <translation>Vérifier les corridors selon les critères des lignes directrices</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="285"/>
        <source>Corridor guidelines</source>
        <translation>Lignes directrices des corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="316"/>
        <source>Least-cost connectivity</source>
        <translation>Connectivité de moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="178"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="105"/>
        <source>Corridors (polygons)</source>
        <translation>Corridors (polygones)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="104"/>
        <source>Criteria profile (bundled id, user profile id or JSON file)</source>
        <translation>Profil de critères (identifiant fourni, identifiant de profil utilisateur ou fichier JSON)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="115"/>
        <source>Cores / protected areas</source>
        <translation>Zones cœurs / aires protégées</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="120"/>
        <source>Land cover raster (class codes)</source>
        <translation>Raster d'occupation du sol (codes de classe)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="120"/>
        <source>Habitat raster (1 = habitat, or class codes)</source>
        <translation>Raster d'habitat (1 = habitat, ou codes de classe)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="61"/>
        <source>Resistance raster</source>
        <translation>Raster de résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="126"/>
        <source>Roads and other linear barriers</source>
        <translation>Routes et autres obstacles linéaires</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="131"/>
        <source>Crossing structures (points)</source>
        <translation>Passages à faune (points)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="136"/>
        <source>Elevation (DEM)</source>
        <translation>Altitude (MNT)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="137"/>
        <source>Least-cost paths (core_a, core_b fields, from ccsg:leastcostcorridors)</source>
        <translation>Chemins de moindre coût (champs core_a, core_b, de ccsg:leastcostcorridors)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="146"/>
        <source>Checked corridors</source>
        <translation>Corridors vérifiés</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="149"/>
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="116"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="161"/>
        <source>Overall status per corridor (JSON)</source>
        <translation>État global par corridor (JSON)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="241"/>
        <source>Choose a corridors layer (polygons).</source>
        <translation>Choisissez une couche de corridors (polygones).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="293"/>
        <source>The check was cancelled; nothing was written.</source>
        <translation>La vérification a été annulée ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="363"/>
        <source>Report written to {0}</source>
        <translation>Rapport écrit dans {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="78"/>
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Land cover</source>
        <translation>Occupation du sol</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Habitat</source>
        <translation>Habitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Roads and barriers</source>
        <translation>Routes et obstacles</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Crossing structures</source>
        <translation>Passages à faune</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="97"/>
        <source>Least-cost paths</source>
        <translation>Chemins de moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="68"/>
        <source>The folder {0} already holds a corridor run ({1}); choose an empty folder.</source>
        <translation>Le dossier {0} contient déjà un calcul de corridors ({1}) ; choisissez un dossier vide.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="154"/>
        <source>The folder {0} holds no {1}; choose the cost-distance folder written by Least-cost corridors.</source>
        <translation>Le dossier {0} ne contient pas {1} ; choisissez le dossier de distance de coût écrit par Corridors de moindre coût.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="165"/>
        <source>The file {0} is not a corridor run this version can read.</source>
        <translation>Le fichier {0} n'est pas un calcul de corridors que cette version sait lire.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="188"/>
        <source>The cost-distance raster {0} is missing; run the corridors again.</source>
        <translation>Le raster de distance de coût {0} est manquant ; relancez les corridors.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="115"/>
        <source>cost units</source>
        <translation>unités de coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="135"/>
        <source>Presets…</source>
        <translation>Préréglages…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="102"/>
        <source>No resistance: this class takes the default, or is impassable without one.</source>
        <translation>Pas de résistance : cette classe prend la valeur par défaut, ou est infranchissable s'il n'y en a pas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="104"/>
        <source>Found in the land-cover raster but not in the table. </source>
        <translation>Présente dans le raster d'occupation du sol mais pas dans la table. </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="120"/>
        <source>Least-cost analysis</source>
        <translation>Analyse de moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="135"/>
        <source>Load class table</source>
        <translation>Charger une table de classes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="135"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="140"/>
        <source>Save class table</source>
        <translation>Enregistrer la table de classes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="60"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="343"/>
        <source>The input check failed: {0}</source>
        <translation>Le contrôle des entrées a échoué : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="343"/>
        <source>Check the layers; the run itself will report any problem.</source>
        <translation>Vérifiez les couches ; l'exécution elle-même signalera tout problème.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="359"/>
        <source>Fix the errors listed under &apos;Input check&apos;, then run again.</source>
        <translation>Corrigez les erreurs listées sous « Contrôle des entrées », puis relancez.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="392"/>
        <source>Pick the resistance and the core areas to check them.</source>
        <translation>Choisissez la résistance et les zones cœurs pour les contrôler.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="420"/>
        <source>Re-cut corridors</source>
        <translation>Redécouper les corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="91"/>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="421"/>
        <source>Only the width cutoff changed: the corridors are re-cut from the kept cost distances.</source>
        <translation>Seul le seuil de largeur a changé : les corridors sont redécoupés à partir des distances de coût conservées.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="421"/>
        <source>Fix the errors under &apos;Input check&apos; first.</source>
        <translation>Corrigez d'abord les erreurs sous « Contrôle des entrées ».</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="437"/>
        <source>Pick the core areas layer and its id field.</source>
        <translation>Choisissez la couche des zones cœurs et son champ d'identifiant.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="460"/>
        <source>Pick the land-cover raster.</source>
        <translation>Choisissez le raster d'occupation du sol.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="470"/>
        <source>Pick the resistance raster.</source>
        <translation>Choisissez le raster de résistance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="485"/>
        <source>Checking the inputs…</source>
        <translation>Contrôle des entrées…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="84"/>
        <source>Least-cost analysis {0} (width {1:g}{2})</source>
        <translation>Analyse de moindre coût {0} (largeur {1:g}{2})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="32"/>
        <source>Least-cost analysis {0}</source>
        <translation>Analyse de moindre coût {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="111"/>
        <source>Building the resistance raster from land cover</source>
        <translation>Construction du raster de résistance à partir de l'occupation du sol</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="111"/>
        <source>Resistance (from land cover)</source>
        <translation>Résistance (d'après l'occupation du sol)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="131"/>
        <source>Cost distances and corridors</source>
        <translation>Distances de coût et corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="100"/>
        <source>Least-cost corridors between the cores of &apos;{0}&apos; (CCSG Corridor Toolkit).</source>
        <translation>Corridors de moindre coût entre les zones cœurs de '{0}' (CCSG Corridor Toolkit).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="80"/>
        <source>Corridor polygons</source>
        <translation>Polygones de corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="42"/>
        <source>Corridors (normalised cost)</source>
        <translation>Corridors (coût normalisé)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="204"/>
        <source>Re-cutting the corridors from the kept cost distances</source>
        <translation>Redécoupage des corridors à partir des distances de coût conservées</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="201"/>
        <source>Corridors re-cut to a new width from the cost distances of {0}.</source>
        <translation>Corridors redécoupés à une nouvelle largeur à partir des distances de coût de {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="251"/>
        <source>Cancelled: nothing was added or kept.</source>
        <translation>Annulé : rien n'a été ajouté ni conservé.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="535"/>
        <source>Re-cutting failed ({0}); running the whole analysis.</source>
        <translation>Le redécoupage a échoué ({0}) ; l'analyse complète est lancée.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="536"/>
        <source>The kept cost distances cannot give this width; running everything.</source>
        <translation>Les distances de coût conservées ne peuvent pas donner cette largeur ; tout est recalculé.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="253"/>
        <source>The run failed: {0}</source>
        <translation>L'exécution a échoué : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="566"/>
        <source>Corridors re-cut</source>
        <translation>Corridors redécoupés</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="566"/>
        <source>Full run</source>
        <translation>Exécution complète</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="567"/>
        <source>{0} in {1:.1f} s: {2} least-cost paths, {3} corridor polygons, in the group &apos;{4}&apos;. Files: {5}</source>
        <translation>{0} en {1:.1f} s : {2} chemins de moindre coût, {3} polygones de corridor, dans le groupe '{4}'. Fichiers : {5}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="130"/>
        <source>Run the analysis first: there are no least-cost paths to pick.</source>
        <translation>Lancez d'abord l'analyse : il n'y a pas de chemins de moindre coût à choisir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="196"/>
        <source>{0} corridor(s) added to the candidate corridors ({1}).</source>
        <translation>
            <numerusform>{0} corridor ajouté aux corridors candidats ({1}).</numerusform>
            <numerusform>{0} corridors ajoutés aux corridors candidats ({1}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="100"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="125"/>
        <source>Step {0} of {1}: {2}</source>
        <translation>Étape {0} sur {1} : {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="138"/>
        <source>The Processing algorithm {0} is not available.</source>
        <translation>L'algorithme de traitement {0} n'est pas disponible.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="228"/>
        <source>The algorithm failed without a message; see the Processing log.</source>
        <translation>L'algorithme a échoué sans message ; consultez le journal des traitements.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="17"/>
        <source>Home-range width of the focal species</source>
        <translation>Largeur du domaine vital de l'espèce cible</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="17"/>
        <source>Longest dispersal distance</source>
        <translation>Plus grande distance de dispersion</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="17"/>
        <source>Largest habitat gap crossed</source>
        <translation>Plus grande discontinuité d'habitat franchie</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.py" line="121"/>
        <source>Land cover classes (codes)</source>
        <translation>Classes d'occupation du sol (codes)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.py" line="122"/>
        <source>Habitat mask (1 = habitat)</source>
        <translation>Masque d'habitat (1 = habitat)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.py" line="124"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="40"/>
        <source>{0} (bundled)</source>
        <translation>{0} (fourni)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="47"/>
        <source>{0} (yours)</source>
        <translation>{0} (le vôtre)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="113"/>
        <source>Modified, not saved: the check uses your edited thresholds.</source>
        <translation>Modifié, non enregistré : la vérification utilise vos seuils modifiés.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="123"/>
        <source>&apos;{0}&apos; is not a number; the threshold was not changed.</source>
        <translation>'{0}' n'est pas un nombre ; le seuil n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="159"/>
        <source>Copied to {0}; edit its thresholds in the table and save.</source>
        <translation>Copié dans {0} ; modifiez ses seuils dans la table et enregistrez.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="172"/>
        <source>{0} (edited)</source>
        <translation>{0} (modifié)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="182"/>
        <source>Profile saved to {0}</source>
        <translation>Profil enregistré dans {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="196"/>
        <source>Imported {0}</source>
        <translation>{0} importé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="205"/>
        <source>Import a criteria profile</source>
        <translation>Importer un profil de critères</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="210"/>
        <source>Profiles (*.json)</source>
        <translation>Profils (*.json)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="210"/>
        <source>Export the criteria profile</source>
        <translation>Exporter le profil de critères</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="214"/>
        <source>Profile exported to {0}</source>
        <translation>Profil exporté vers {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_run.py" line="68"/>
        <source>Choose the corridors layer first.</source>
        <translation>Choisissez d'abord la couche de corridors.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_run.py" line="85"/>
        <source>Checking the corridors…</source>
        <translation>Vérification des corridors…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_run.py" line="111"/>
        <source>The check failed; see the Processing log.</source>
        <translation>La vérification a échoué ; consultez le journal des traitements.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_run.py" line="80"/>
        <source>Guideline check: {0}</source>
        <translation>Vérification des lignes directrices : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="361"/>
        <source>Corridors checked against the profile {0}.</source>
        <translation>Corridors vérifiés selon le profil {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="360"/>
        <source>Guideline check</source>
        <translation>Vérification des lignes directrices</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="266"/>
        <source>Value: {0}</source>
        <translation>Valeur : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="268"/>
        <source>Threshold: {0}</source>
        <translation>Seuil : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="272"/>
        <source>Source: {0}</source>
        <translation>Source : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="80"/>
        <source>Cost distance</source>
        <translation>Distance de coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="290"/>
        <source>Computes, for every cell of the resistance raster, the lowest accumulated cost of reaching it from the nearest source (0 on the sources). The result is the same as GRASS r.cost (times the cell size), ArcGIS Cost Distance and Linkage Mapper&apos;s cost-weighted distance.
Resistance: a raster in a projected CRS (metres); NoData cells cannot be crossed; values must be positive. Moving one cell costs the mean resistance of the two cells times the distance in metres (x 1.41 diagonally).
Sources: points, lines or polygons (reprojected to the raster&apos;s CRS when needed). A cell is a source when a polygon holds its centre or a line or point touches it.
Neighbours: 8, or 16 to also allow knight&apos;s moves (straighter, less blocky paths; slower).
Maximum cost: cells costlier than this are left as NoData; 0 = no limit.
Cells that cannot be reached are NoData.</source>
        <translation>Calcule, pour chaque cellule du raster de résistance, le plus faible coût cumulé pour l'atteindre depuis la source la plus proche (0 sur les sources). Le résultat est le même que r.cost de GRASS (multiplié par la taille de cellule), Cost Distance d'ArcGIS et la distance pondérée par le coût de Linkage Mapper.
Résistance : un raster dans un SCR projeté (mètres) ; les cellules NoData ne peuvent pas être traversées ; les valeurs doivent être positives. Passer d'une cellule à l'autre coûte la résistance moyenne des deux cellules multipliée par la distance en mètres (x 1,41 en diagonale).
Sources : points, lignes ou polygones (reprojetés dans le SCR du raster si nécessaire). Une cellule est une source quand un polygone contient son centre ou qu'une ligne ou un point la touche.
Voisins : 8, ou 16 pour permettre aussi les sauts de cavalier (chemins plus droits, moins en escalier ; plus lent).
Coût maximal : les cellules plus coûteuses que cette valeur restent NoData ; 0 = sans limite.
Les cellules inaccessibles sont NoData.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="296"/>
        <source>Least-cost corridors between cores</source>
        <translation>Corridors de moindre coût entre zones cœurs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="298"/>
        <source>Least-cost path</source>
        <translation>Chemin de moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="299"/>
        <source>Finds the cheapest route over the resistance raster from the sources to each destination feature and writes it as a line: one line per destination, with its accumulated cost (cost) and its length in metres (length_m). A destination line or polygon is reached at its cheapest cell.
Resistance: a raster in a projected CRS (metres); NoData cells cannot be crossed; values must be positive. Moving one cell costs the mean resistance of the two cells times the distance in metres.
Sources and destinations: points, lines or polygons (reprojected to the raster&apos;s CRS when needed).
Neighbours: 8, or 16 to also allow knight&apos;s moves.
A destination that cannot be reached gets a line without geometry and an empty cost.</source>
        <translation>Trouve l'itinéraire le moins cher sur le raster de résistance depuis les sources jusqu'à chaque entité de destination et l'écrit sous forme de ligne : une ligne par destination, avec son coût cumulé (cost) et sa longueur en mètres (length_m). Une ligne ou un polygone de destination est atteint en sa cellule la moins chère.
Résistance : un raster dans un SCR projeté (mètres) ; les cellules NoData ne peuvent pas être traversées ; les valeurs doivent être positives. Passer d'une cellule à l'autre coûte la résistance moyenne des deux cellules multipliée par la distance en mètres.
Sources et destinations : points, lignes ou polygones (reprojetés dans le SCR du raster si nécessaire).
Voisins : 8, ou 16 pour permettre aussi les sauts de cavalier.
Une destination inaccessible reçoit une ligne sans géométrie et un coût vide.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="306"/>
        <source>Resistance from land cover</source>
        <translation>Résistance à partir de l'occupation du sol</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="314"/>
        <source>Re-cut corridors (new width cutoff)</source>
        <translation>Redécouper les corridors (nouveau seuil de largeur)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="315"/>
        <source>Makes the corridors raster and corridor polygons again with another width cutoff, from the folder that &apos;Least-cost corridors between cores&apos; kept (advanced parameter &apos;Keep cost-distance rasters in folder&apos;). Nothing is recomputed but sums of the kept rasters, so trying several cutoffs takes seconds.
Width cutoff: cells up to this many cost units above the least-cost path are kept; 0 keeps everything. Width cutoff percentage: when above 0, each pair keeps its own least-cost distance times this percentage instead. Links dropped in the original run (through another core) stay dropped.</source>
        <translation>Refait le raster des corridors et les polygones de corridor avec un autre seuil de largeur, à partir du dossier conservé par « Corridors de moindre coût entre zones cœurs » (paramètre avancé « Conserver les rasters de distance de coût dans un dossier »). Rien n'est recalculé hormis des sommes des rasters conservés : essayer plusieurs seuils prend quelques secondes.
Seuil de largeur : les cellules jusqu'à ce nombre d'unités de coût au-dessus du chemin de moindre coût sont gardées ; 0 garde tout. Pourcentage du seuil de largeur : s'il est supérieur à 0, chaque paire garde à la place sa propre distance de moindre coût multipliée par ce pourcentage. Les liens écartés lors du calcul d'origine (à travers une autre zone cœur) restent écartés.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="37"/>
        <source>Sources (points, lines or polygons)</source>
        <translation>Sources (points, lignes ou polygones)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="72"/>
        <source>Neighbours (8, or 16 with knight&apos;s moves)</source>
        <translation>Voisins (8, ou 16 avec les sauts de cavalier)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="42"/>
        <source>Maximum cost (0 = no limit)</source>
        <translation>Coût maximal (0 = sans limite)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="61"/>
        <source>Choose a sources layer.</source>
        <translation>Choisissez une couche de sources.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="78"/>
        <source>Accumulated cost from the features of &apos;{0}&apos; over &apos;{1}&apos;; highest reached cost {2:,.0f}.</source>
        <translation>Coût cumulé depuis les entités de '{0}' sur '{1}' ; coût atteint le plus élevé {2:,.0f}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="66"/>
        <source>Core areas (polygons)</source>
        <translation>Zones cœurs (polygones)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="67"/>
        <source>Core id field</source>
        <translation>Champ d'identifiant de zone cœur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="82"/>
        <source>Maximum Euclidean distance between cores, m (0 = all pairs)</source>
        <translation>Distance euclidienne maximale entre zones cœurs, m (0 = toutes les paires)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="78"/>
        <source>Width cutoff, cost units (0 = none)</source>
        <translation>Seuil de largeur, unités de coût (0 = aucun)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="86"/>
        <source>Drop links through other cores</source>
        <translation>Écarter les liens à travers d'autres zones cœurs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="85"/>
        <source>Width cutoff as % of each pair&apos;s LCD (0 = off; replaces the cutoff)</source>
        <translation>Seuil de largeur en % de la LCD de chaque paire (0 = désactivé ; remplace le seuil)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="109"/>
        <source>Keep cost-distance rasters in folder (for re-cutting)</source>
        <translation>Conserver les rasters de distance de coût dans un dossier (pour redécouper)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="111"/>
        <source>Pairs linked</source>
        <translation>Paires reliées</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="112"/>
        <source>Pairs dropped (through another core)</source>
        <translation>Paires écartées (à travers une autre zone cœur)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="111"/>
        <source>Choose a core areas layer.</source>
        <translation>Choisissez une couche de zones cœurs.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="163"/>
        <source>The cores layer is reprojected from {0} to the raster&apos;s CRS {1}.</source>
        <translation>La couche des zones cœurs est reprojetée de {0} vers le SCR du raster {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="224"/>
        <source>No pair of cores is within the maximum Euclidean distance.</source>
        <translation>Aucune paire de zones cœurs n'est dans la distance euclidienne maximale.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="200"/>
        <source>Done in {0:.1f} s: {1} pairs linked, {2} dropped through another core.</source>
        <translation>Terminé en {0:.1f} s : {1} paires reliées, {2} écartées à travers une autre zone cœur.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="328"/>
        <source>Cores {0} and {1}: not connected (no passable route).</source>
        <translation>Zones cœurs {0} et {1} : non reliées (aucun itinéraire praticable).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="329"/>
        <source>Cores {0} and {1}: LCD {2:,.0f}, path {3:,.0f} m, Euclidean {4:,.0f} m</source>
        <translation>Zones cœurs {0} et {1} : LCD {2:,.0f}, chemin {3:,.0f} m, euclidienne {4:,.0f} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="335"/>
        <source> - passes through core {0}</source>
        <translation> - traverse la zone cœur {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="335"/>
        <source> (dropped)</source>
        <translation> (écarté)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="38"/>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="64"/>
        <source>Choose a sources layer and a destinations layer.</source>
        <translation>Choisissez une couche de sources et une couche de destinations.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="86"/>
        <source>Destination {0} cannot be reached from the sources.</source>
        <translation>La destination {0} ne peut pas être atteinte depuis les sources.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="95"/>
        <source>Least-cost paths from &apos;{0}&apos; to each feature of &apos;{1}&apos; over &apos;{2}&apos;.</source>
        <translation>Chemins de moindre coût depuis '{0}' jusqu'à chaque entité de '{1}' sur '{2}'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="52"/>
        <source>Land-cover raster (class codes)</source>
        <translation>Raster d'occupation du sol (codes de classe)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="54"/>
        <source>Class -&gt; resistance table</source>
        <translation>Table classe -&gt; résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="54"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="56"/>
        <source>...or a CSV file (class, resistance)</source>
        <translation>...ou un fichier CSV (classe, résistance)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="59"/>
        <source>Resistance of unlisted classes (empty = NoData, impassable)</source>
        <translation>Résistance des classes non listées (vide = NoData, infranchissable)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="101"/>
        <source>Give the class -&gt; resistance table, in the table or as a CSV file.</source>
        <translation>Donnez la table classe -&gt; résistance, dans la table ou en fichier CSV.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="113"/>
        <source>resistance {0}</source>
        <translation>résistance {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="113"/>
        <source>NoData (impassable)</source>
        <translation>NoData (infranchissable)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="114"/>
        <source>Classes not in the table, given {0}: {1}</source>
        <translation>Classes absentes de la table, avec {0} : {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="118"/>
        <source>Resistance from the land cover &apos;{0}&apos; with {1} classes in the table.</source>
        <translation>Résistance à partir de l'occupation du sol '{0}' avec {1} classes dans la table.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="34"/>
        <source>Folder of a corridor run (links.json)</source>
        <translation>Dossier d'un calcul de corridors (links.json)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="71"/>
        <source>Least-cost corridors re-cut from {0}: {1} pairs.</source>
        <translation>Corridors de moindre coût redécoupés à partir de {0} : {1} paires.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="85"/>
        <source>Cores {0} and {1}: {2} corridor cells.</source>
        <translation>Zones cœurs {0} et {1} : {2} cellules de corridor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="112"/>
        <source>The run was cancelled; no output file was kept.</source>
        <translation>L'exécution a été annulée ; aucun fichier de sortie n'a été conservé.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="132"/>
        <source>Choose a resistance raster.</source>
        <translation>Choisissez un raster de résistance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="142"/>
        <source>NEIGHBOURS must be 8 or 16, not {0}.</source>
        <translation>NEIGHBOURS doit valoir 8 ou 16, pas {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="163"/>
        <source>The output {0} was written but QGIS cannot open it.</source>
        <translation>La sortie {0} a été écrite mais QGIS ne peut pas l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/corridors.py" line="43"/>
        <source>Least-cost corridors between the demo cores (all pairs, 8 neighbours, width cutoff {0:,.0f}).</source>
        <translation>Corridors de moindre coût entre les zones cœurs de démonstration (toutes les paires, 8 voisins, seuil de largeur {0:,.0f}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/corridors.py" line="55"/>
        <source>Least-cost corridors</source>
        <translation>Corridors de moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="54"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="54"/>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="55"/>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="55"/>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/help.py" line="36"/>
        <source>Open the help page of this panel</source>
        <translation>Ouvrir la page d'aide de ce panneau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="183"/>
        <source>The run metadata could not be stored in {0}: {1}</source>
        <translation>Les métadonnées du calcul n'ont pas pu être enregistrées dans {0} : {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/candidates.py" line="128"/>
        <source>Two example candidate corridors on the demo cores: one wide, one with a narrow neck.</source>
        <translation>Deux corridors candidats d'exemple sur les zones cœurs de démonstration : l'un large, l'autre avec un étranglement.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/output.py" line="33"/>
        <source>Could not apply the style {0} to layer &apos;{1}&apos;: {2}</source>
        <translation>Impossible d'appliquer le style {0} à la couche '{1}' : {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/render.py" line="121"/>
        <source>Could not write the map image {0} (layout export error {1}).</source>
        <translation>Impossible d'écrire l'image de la carte {0} (erreur d'export de la mise en page {1}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="65"/>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="66"/>
        <source>transects</source>
        <translation>transects</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="67"/>
        <source>features</source>
        <translation>entités</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="68"/>
        <source>radiance</source>
        <translation>radiance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="119"/>
        <source>Class {0} is listed twice in {1} (line {2}); keep one line per class.</source>
        <translation>La classe {0} apparaît deux fois dans {1} (ligne {2}) ; gardez une ligne par classe.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="270"/>
        <source>Core {0} covers no cell of the resistance grid.</source>
        <translation>La zone cœur {0} ne couvre aucune cellule de la grille de résistance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="450"/>
        <source>Every core needs both its cells and its geometry.</source>
        <translation>Chaque zone cœur a besoin de ses cellules et de sa géométrie.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="475"/>
        <source>The resistance grid has no passable cell (all NoData, zero or negative).</source>
        <translation>La grille de résistance n'a aucune cellule praticable (toutes NoData, nulles ou négatives).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="170"/>
        <source>The {0} must be 0 (none) or positive, not {1}.</source>
        <translation>{0} doit valoir 0 (aucun) ou être positif, pas {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="386"/>
        <source>The kept cost-distance rasters of cores {0} and {1} only reach {2} cost units, too little for this cutoff; run the corridors again with this cutoff or a larger one.</source>
        <translation>Les rasters de distance de coût conservés des zones cœurs {0} et {1} n'atteignent que {2} unités de coût, trop peu pour ce seuil ; relancez les corridors avec ce seuil ou un seuil plus grand.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="453"/>
        <source>The cells of core {0} do not match the resistance grid&apos;s shape.</source>
        <translation>Les cellules de la zone cœur {0} ne correspondent pas à la forme de la grille de résistance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="66"/>
        <source>The resistance grid must be a non-empty 2-D array, not shape {0}.</source>
        <translation>La grille de résistance doit être un tableau 2D non vide, pas de forme {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="69"/>
        <source>The source mask has shape {0} but the resistance grid has shape {1}.</source>
        <translation>Le masque des sources a la forme {0} mais la grille de résistance a la forme {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="97"/>
        <source>Neighbours must be 8 or 16, not {0}.</source>
        <translation>Le nombre de voisins doit être 8 ou 16, pas {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="78"/>
        <source>The cell size must be positive in both directions, not {0}.</source>
        <translation>La taille de cellule doit être positive dans les deux directions, pas {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="81"/>
        <source>The maximum cost must be 0 (no limit) or positive, not {0}.</source>
        <translation>Le coût maximal doit valoir 0 (sans limite) ou être positif, pas {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="91"/>
        <source>No source cell lies on a passable resistance cell (all are NoData, zero or negative); check that the sources overlap the resistance raster.</source>
        <translation>Aucune cellule source n'est sur une cellule de résistance praticable (toutes sont NoData, nulles ou négatives) ; vérifiez que les sources recouvrent le raster de résistance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="75"/>
        <source>The cell size must be a pair of positive numbers (dx, dy), not {0}.</source>
        <translation>La taille de cellule doit être une paire de nombres positifs (dx, dy), pas {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="123"/>
        <source>Every severing barrier has ≥ {0} crossing(s); largest spacing {1} m</source>
        <translation>
            <numerusform>Chaque obstacle coupant a ≥ {0} passage à faune ; plus grand espacement {1} m</numerusform>
            <numerusform>Chaque obstacle coupant a ≥ {0} passages à faune ; plus grand espacement {1} m</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="142"/>
        <source>{0} km of roads and tracks in {1} km²: {2} km/km²</source>
        <translation>{0} km de routes et de pistes sur {1} km² : {2} km/km²</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="54"/>
        <source>no barriers layer (roads, railways, canals, fences)</source>
        <translation>pas de couche d'obstacles (routes, voies ferrées, canaux, clôtures)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="61"/>
        <source>{0} linear feature(s) cross the corridor; none severs it</source>
        <translation>
            <numerusform>{0} élément linéaire traverse le corridor ; il ne le coupe pas</numerusform>
            <numerusform>{0} éléments linéaires traversent le corridor ; aucun ne le coupe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="92"/>
        <source>no barriers layer</source>
        <translation>pas de couche d'obstacles</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="98"/>
        <source>No severing barrier, no crossing needed</source>
        <translation>Aucun obstacle ne le coupe, aucun passage n'est nécessaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="100"/>
        <source>no crossing structures layer ({0} severing barrier(s) found)</source>
        <translation>
            <numerusform>pas de couche de passages à faune ({0} obstacle coupant trouvé)</numerusform>
            <numerusform>pas de couche de passages à faune ({0} obstacles coupants trouvés)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="121"/>
        <source>{0} (need ≥ {1}, spacing ≤ {2} m)</source>
        <translation>{0} (il en faut ≥ {1}, espacement ≤ {2} m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="130"/>
        <source>no roads / barriers layer</source>
        <translation>pas de couche de routes / obstacles</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="106"/>
        <source>Cheapest route inside costs {0}; unrestricted least-cost distance {1} (ratio {2})</source>
        <translation>L'itinéraire le moins cher à l'intérieur coûte {0} ; distance de moindre coût sans restriction {1} (rapport {2})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="138"/>
        <source>{0} % of the {1} lies inside the corridor</source>
        <translation>{0} % du tracé ({1}) se trouve dans le corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="94"/>
        <source>no resistance raster</source>
        <translation>pas de raster de résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="104"/>
        <source>No route between the cores stays inside the corridor</source>
        <translation>Aucun itinéraire entre les zones cœurs ne reste dans le corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="134"/>
        <source>no least-cost path for this core pair and no resistance raster</source>
        <translation>pas de chemin de moindre coût pour cette paire de zones cœurs ni de raster de résistance</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="43"/>
        <source>Touches {0} core(s) ({1}); at least {2} are needed (snap {3} m)</source>
        <translation>
            <numerusform>Touche {0} zone cœur ({1}) ; il en faut au moins {2} (tolérance {3} m)</numerusform>
            <numerusform>Touche {0} zones cœurs ({1}) ; il en faut au moins {2} (tolérance {3} m)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="65"/>
        <source>At most {0} % lies inside a single core</source>
        <translation>Au plus {0} % se trouve dans une seule zone cœur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="96"/>
        <source>Governance type {0}, authority {1}</source>
        <translation>Type de gouvernance {0}, autorité {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="105"/>
        <source>Attributes management_plan and management_mechanism are missing or &apos;Not Reported&apos;</source>
        <translation>Les attributs management_plan et management_mechanism manquent ou valent 'Not Reported'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="132"/>
        <source>Commitment of {0} years ({1})</source>
        <translation>Engagement de {0} ans ({1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="166"/>
        <source>Monitored; last assessment {0} years ago</source>
        <translation>Suivi ; dernière évaluation il y a {0} ans</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="176"/>
        <source>{0} % of the corridor is already protected or core</source>
        <translation>{0} % du corridor est déjà protégé ou zone cœur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="23"/>
        <source>Not a clearly bounded space: {0}</source>
        <translation>Pas un espace clairement délimité : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="25"/>
        <source>The corridor layer has no projected CRS: set one in metres</source>
        <translation>La couche de corridors n'a pas de SCR projeté : définissez-en un en mètres</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="28"/>
        <source>The corridor has {0} separate parts; only corridor_form = stepping_stone may be multi-part</source>
        <translation>
            <numerusform>Le corridor a {0} partie séparée ; seul corridor_form = stepping_stone peut être en plusieurs parties</numerusform>
            <numerusform>Le corridor a {0} parties séparées ; seul corridor_form = stepping_stone peut être en plusieurs parties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="37"/>
        <source>no core areas layer (protected areas, OECMs, core habitat)</source>
        <translation>pas de couche de zones cœurs (aires protégées, AMCE, habitat cœur)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="42"/>
        <source>Touches {0} cores ({1})</source>
        <translation>Touche {0} zones cœurs ({1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="171"/>
        <source>no core areas layer</source>
        <translation>pas de couche de zones cœurs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="62"/>
        <source>{0} % lies inside core {1}: already protected core, not a linkage</source>
        <translation>{0} % se trouve dans la zone cœur {1} : zone cœur déjà protégée, pas une liaison</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="75"/>
        <source>Attribute objective_connectivity is missing or empty: state what connectivity the corridor maintains or restores, for whom</source>
        <translation>L'attribut objective_connectivity manque ou est vide : indiquez quelle connectivité le corridor maintient ou restaure, et pour qui</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="87"/>
        <source>governance_type &apos;{0}&apos; is not an IUCN governance type A, B, C or D</source>
        <translation>governance_type '{0}' n'est pas un type de gouvernance de l'UICN A, B, C ou D</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="102"/>
        <source>Management plan referenced</source>
        <translation>Plan de gestion référencé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="104"/>
        <source>Management mechanism stated</source>
        <translation>Mécanisme de gestion indiqué</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="124"/>
        <source>Permanent commitment ({0})</source>
        <translation>Engagement permanent ({0})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="127"/>
        <source>commitment_duration &apos;{0}&apos; is neither &apos;permanent&apos; nor a number of years</source>
        <translation>commitment_duration '{0}' n'est ni 'permanent' ni un nombre d'années</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="130"/>
        <source>Commitment of {0} years is under {1} years</source>
        <translation>Un engagement de {0} ans est inférieur à {1} ans</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="158"/>
        <source>Monitoring plan and indicators present; no last_assessment date</source>
        <translation>Plan de suivi et indicateurs présents ; pas de date last_assessment</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="161"/>
        <source>last_assessment &apos;{0}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>last_assessment '{0}' n'est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="164"/>
        <source>Last assessment {0} years ago (over {1})</source>
        <translation>Dernière évaluation il y a {0} ans (plus de {1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="55"/>
        <source>Minimum width {0} m &lt; {1} m at the marked narrowest section</source>
        <translation>Largeur minimale {0} m &lt; {1} m au tronçon le plus étroit marqué</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/design.py" line="94"/>
        <source>{0} bottleneck(s) narrower than {1} m, about {2} m in total; narrowest {3} m{4}</source>
        <translation>
            <numerusform>{0} étranglement de moins de {1} m, environ {2} m au total ; le plus étroit {3} m{4}</numerusform>
            <numerusform>{0} étranglements de moins de {1} m, environ {2} m au total ; le plus étroit {3} m{4}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="118"/>
        <source>Length {0} m &gt; dispersal {1} m but width {2} m &lt; home-range width {3} m</source>
        <translation>Longueur {0} m &gt; dispersion {1} m mais largeur {2} m &lt; largeur du domaine vital {3} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="136"/>
        <source>Length {0} km, width {1} m</source>
        <translation>Longueur {0} km, largeur {1} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="146"/>
        <source>{0} % of the corridor lies more than {1} m from its edge</source>
        <translation>{0} % du corridor se trouve à plus de {1} m de sa lisière</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="167"/>
        <source>{0} m of stream inside; {1} % of its {2} m riparian buffer is inside the corridor</source>
        <translation>{0} m de cours d'eau à l'intérieur ; {1} % de sa bande riveraine de {2} m se trouve dans le corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="18"/>
        <source>no core areas layer: width is measured between the two linked cores</source>
        <translation>pas de couche de zones cœurs : la largeur se mesure entre les deux zones cœurs liées</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="20"/>
        <source>the corridor does not touch two cores (see connects_cores)</source>
        <translation>le corridor ne touche pas deux zones cœurs (voir connects_cores)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="42"/>
        <source>does not apply to a stepping-stone corridor (see stepping_stone_spacing)</source>
        <translation>ne s'applique pas à un corridor en pas japonais (voir stepping_stone_spacing)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="51"/>
        <source>Minimum width {0} m ≥ {1} m</source>
        <translation>Largeur minimale {0} m ≥ {1} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="54"/>
        <source>No continuous strip links the two cores (width 0 m)</source>
        <translation>Aucune bande continue ne relie les deux zones cœurs (largeur 0 m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="61"/>
        <source>does not apply to a stepping-stone corridor</source>
        <translation>ne s'applique pas à un corridor en pas japonais</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="71"/>
        <source>No section narrower than {0} m</source>
        <translation>Aucun tronçon plus étroit que {0} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="104"/>
        <source>Length {0} m ({1}) ≤ dispersal {2} m: passage in one dispersal event</source>
        <translation>Longueur {0} m ({1}) ≤ dispersion {2} m : passage en un seul épisode de dispersion</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="109"/>
        <source>Length {0} m &gt; dispersal {1} m: corridor dwellers need width ≥ {2} m, not checked (no two linked cores)</source>
        <translation>Longueur {0} m &gt; dispersion {1} m : les espèces qui vivent dans le corridor ont besoin d'une largeur ≥ {2} m, non vérifié (pas deux zones cœurs liées)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="114"/>
        <source>Length {0} m &gt; dispersal {1} m, and width {2} m ≥ home-range width {3} m (corridor dwellers)</source>
        <translation>Longueur {0} m &gt; dispersion {1} m, et largeur {2} m ≥ largeur du domaine vital {3} m (espèces qui vivent dans le corridor)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="132"/>
        <source>Long corridor ({0} km) at about the minimum width ({1} m &lt; {2} × {3} m): longer corridors should be wider</source>
        <translation>Corridor long ({0} km) à peu près à la largeur minimale ({1} m &lt; {2} × {3} m) : les corridors plus longs devraient être plus larges</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="153"/>
        <source>no streams layer</source>
        <translation>pas de couche de cours d'eau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="161"/>
        <source>No stream runs inside the corridor</source>
        <translation>Aucun cours d'eau ne traverse l'intérieur du corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="151"/>
        <source>the corridor geometry is not usable ({0})</source>
        <translation>la géométrie du corridor est inutilisable ({0})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/evaluate.py" line="86"/>
        <source>does not apply to a {0} corridor</source>
        <translation>ne s'applique pas à un corridor {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/evaluate.py" line="118"/>
        <source>The profile &apos;{0}&apos; has unknown criterion id(s): {1}</source>
        <translation>Le profil '{0}' a des identifiants de critère inconnus : {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/evaluate.py" line="93"/>
        <source>measurement failed ({0}: {1})</source>
        <translation>la mesure a échoué ({0} : {1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="125"/>
        <source>A habitat gap of {0} m must be crossed (more than {1} m)</source>
        <translation>Une discontinuité d'habitat de {0} m doit être franchie (plus de {1} m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="196"/>
        <source>{0} % natural habitat inside the corridor</source>
        <translation>{0} % d'habitat naturel dans le corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="120"/>
        <source>The cores cannot be joined through habitat</source>
        <translation>Les zones cœurs ne peuvent pas être reliées à travers l'habitat</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="122"/>
        <source>Cores joined through {0} habitat patch(es); largest gap {1} m ≤ {2} m</source>
        <translation>
            <numerusform>Zones cœurs reliées par {0} tache d'habitat ; plus grande discontinuité {1} m ≤ {2} m</numerusform>
            <numerusform>Zones cœurs reliées par {0} taches d'habitat ; plus grande discontinuité {1} m ≤ {2} m</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="168"/>
        <source>{0} {1}: no chain of stones joins the cores</source>
        <translation>{0} {1} : aucune chaîne de pas japonais ne relie les zones cœurs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="144"/>
        <source>applies to stepping-stone corridors (corridor_form = stepping_stone or a multi-part corridor)</source>
        <translation>s'applique aux corridors en pas japonais (corridor_form = stepping_stone ou un corridor en plusieurs parties)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="138"/>
        <source>single-part stepping-stone corridor and {0}</source>
        <translation>corridor en pas japonais d'une seule partie et {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/inputs.py" line="73"/>
        <source>Not evaluated: {0}</source>
        <translation>Non évalué : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="341"/>
        <source>Unknown criteria profile &apos;{0}&apos;; available: {1}</source>
        <translation>Profil de critères inconnu '{0}' ; disponibles : {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="256"/>
        <source>Cannot read the profile file {0}: {1}</source>
        <translation>Impossible de lire le fichier de profil {0} : {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="271"/>
        <source>The profile file {0} is not valid JSON (line {1}, column {2}: {3})</source>
        <translation>Le fichier de profil {0} n'est pas un JSON valide (ligne {1}, colonne {2} : {3})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="283"/>
        <source>Profile file {0}: {1}</source>
        <translation>Fichier de profil {0} : {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="22"/>
        <source>{0} dam(s), weir(s) or culvert(s) inside the corridor</source>
        <translation>
            <numerusform>{0} barrage, seuil ou buse dans le corridor</numerusform>
            <numerusform>{0} barrages, seuils ou buses dans le corridor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="39"/>
        <source>{0} % of the floodplain it meets lies inside the corridor; reported only</source>
        <translation>{0} % de la plaine inondable qu'il touche se trouve dans le corridor ; seulement rapporté</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="81"/>
        <source>Nearest other protected component ({0}) is {1} km away</source>
        <translation>La composante protégée la plus proche ({0}) est à {1} km</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="15"/>
        <source>no river barriers layer (dams, weirs, culverts)</source>
        <translation>pas de couche d'obstacles en rivière (barrages, seuils, buses)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="30"/>
        <source>no floodplain / riparian polygon layer</source>
        <translation>pas de couche de polygones de plaine inondable / riverains</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="37"/>
        <source>No floodplain polygon meets the corridor</source>
        <translation>Aucun polygone de plaine inondable ne touche le corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="46"/>
        <source>no coastline layer</source>
        <translation>pas de couche de trait de côte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="55"/>
        <source>No coastline inside the corridor</source>
        <translation>Pas de trait de côte dans le corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="65"/>
        <source>no protected components (cores) layer</source>
        <translation>pas de couche de composantes protégées (zones cœurs)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="69"/>
        <source>no other protected component to measure the spacing to</source>
        <translation>pas d'autre composante protégée pour mesurer l'espacement</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="110"/>
        <source>Attribute temporal_regime is missing (permanent, seasonal or dynamic)</source>
        <translation>L'attribut temporal_regime manque (permanent, saisonnier ou dynamique)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="113"/>
        <source>temporal_regime &apos;{0}&apos; is not permanent, seasonal or dynamic</source>
        <translation>temporal_regime '{0}' n'est ni permanent, ni saisonnier, ni dynamique</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="115"/>
        <source>A {0} corridor needs active_months</source>
        <translation>Un corridor {0} demande active_months</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="81"/>
        <source>Built-up {0} % inside, {1}</source>
        <translation>Bâti {0} % à l'intérieur, {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="93"/>
        <source>Mean night-light {0}, maximum {1}; reported only</source>
        <translation>Lumière nocturne moyenne {0}, maximale {1} ; seulement rapporté</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="26"/>
        <source>no elevation (DEM) raster</source>
        <translation>pas de raster d'altitude (MNT)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="36"/>
        <source>Elevation {0}-{1} m inside the corridor (range {2} m); reported only</source>
        <translation>Altitude {0}-{1} m dans le corridor (amplitude {2} m) ; seulement rapporté</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="58"/>
        <source>no land-cover raster</source>
        <translation>pas de raster d'occupation du sol</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="61"/>
        <source>the profile lists no builtup_classes</source>
        <translation>le profil n'indique pas de builtup_classes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="88"/>
        <source>no night-lights raster</source>
        <translation>pas de raster de lumières nocturnes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="35"/>
        <source>the elevation difference between the cores needs two linked cores</source>
        <translation>la différence d'altitude entre les zones cœurs demande deux zones cœurs liées</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="45"/>
        <source>raster &apos;{0}&apos; has no elevation for core {1}</source>
        <translation>le raster '{0}' n'a pas d'altitude pour la zone cœur {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="127"/>
        <source>The least-cost path did not reach a source cell.</source>
        <translation>Le chemin de moindre coût n'a atteint aucune cellule source.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="76"/>
        <source>The target mask has shape {0} but the cost grid has shape {1}.</source>
        <translation>Le masque de destination a la forme {0} mais la grille de coûts a la forme {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="101"/>
        <source>The start cell {0} cannot be reached from any source; no path to trace.</source>
        <translation>La cellule de départ {0} ne peut être atteinte depuis aucune source ; pas de chemin à tracer.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="121"/>
        <source>The accumulated-cost grid is not consistent with the resistance at cell {0}; compute it with cost_distance on the same resistance, cell size and neighbours.</source>
        <translation>La grille de coût cumulé n'est pas cohérente avec la résistance à la cellule {0} ; calculez-la avec cost_distance sur la même résistance, la même taille de cellule et les mêmes voisins.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/pairs.py" line="20"/>
        <source>The maximum Euclidean distance must be 0 (all pairs) or positive, not {0}.</source>
        <translation>La distance euclidienne maximale doit valoir 0 (toutes les paires) ou être positive, pas {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="231"/>
        <source>The default resistance must be positive, not {0}; leave it empty for NoData.</source>
        <translation>La résistance par défaut doit être positive, pas {0} ; laissez-la vide pour NoData.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="127"/>
        <source>given least-cost path</source>
        <translation>chemin de moindre coût fourni</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="132"/>
        <source>least-cost path on the resistance raster</source>
        <translation>chemin de moindre coût sur le raster de résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="30"/>
        <source>One valid bounded space of {0} ha{1}</source>
        <translation>Un seul espace délimité valide de {0} ha{1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="30"/>
        <source> in {0} stepping stones</source>
        <translation> en {0} pas japonais</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="93"/>
        <source>gov_subtype &apos;{0}&apos; does not belong to governance type {1}{2}</source>
        <translation>gov_subtype '{0}' n'appartient pas au type de gouvernance {1}{2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="93"/>
        <source> (it is a type {0} subtype)</source>
        <translation> (c'est un sous-type du type {0})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="134"/>
        <source>stones</source>
        <translation>pas japonais</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="142"/>
        <source>habitat patches</source>
        <translation>taches d'habitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="58"/>
        <source>Alongshore span {0} km{1}</source>
        <translation>Étendue le long de la côte {0} km{1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="58"/>
        <source> (smallest component)</source>
        <translation> (plus petite composante)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="116"/>
        <source>Temporal regime {0}{1}</source>
        <translation>Régime temporel {0}{1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="116"/>
        <source>, active months {0}</source>
        <translation>, mois actifs {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="116"/>
        <source>% above LCD</source>
        <translation>% au-dessus de la LCD</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="117"/>
        <source>Percent above each pair&apos;s least-cost distance (LCD): wider corridors for longer links</source>
        <translation>Pourcentage au-dessus de la distance de moindre coût (LCD) de chaque paire : des corridors plus larges pour les liens plus longs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="138"/>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="138"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="370"/>
        <source>{0} error(s) to fix before running</source>
        <translation>
            <numerusform>{0} erreur à corriger avant l'exécution</numerusform>
            <numerusform>{0} erreurs à corriger avant l'exécution</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="373"/>
        <source>Inputs usable, {0} warning(s)</source>
        <translation>
            <numerusform>Données utilisables, {0} avertissement</numerusform>
            <numerusform>Données utilisables, {0} avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="376"/>
        <source>Inputs look fine</source>
        <translation>Les entrées semblent correctes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="380"/>
        <source>see Input check</source>
        <translation>voir Contrôle des entrées</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="163"/>
        <source>Pick a least-cost path or select corridor polygons first.</source>
        <translation>Choisissez d'abord un chemin de moindre coût ou sélectionnez des polygones de corridor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="35"/>
        <source>no habitat or land-cover raster</source>
        <translation>pas de raster d'habitat ni d'occupation du sol</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="37"/>
        <source>the profile lists no habitat_classes for the land-cover raster &apos;{0}&apos;</source>
        <translation>le profil n'indique pas de habitat_classes pour le raster d'occupation du sol '{0}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/inputs.py" line="222"/>
        <source>longest span</source>
        <translation>plus grande portée rectiligne</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="322"/>
        <source>least-cost path</source>
        <translation>chemin de moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/inputs.py" line="221"/>
        <source>corridor axis</source>
        <translation>axe du corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/raster.py" line="183"/>
        <source>raster &apos;{0}&apos; does not cover the corridor</source>
        <translation>le raster '{0}' ne couvre pas le corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/raster.py" line="192"/>
        <source>raster &apos;{0}&apos; is NoData on {1} % of the corridor</source>
        <translation>le raster '{0}' est NoData sur {1} % du corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/raster.py" line="188"/>
        <source>raster &apos;{0}&apos; covers only {1} % of the corridor</source>
        <translation>le raster '{0}' ne couvre que {1} % du corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="164"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="165"/>
        <source>Inscribed</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="166"/>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="167"/>
        <source>Designated</source>
        <translation>Désigné</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="168"/>
        <source>Established</source>
        <translation>Établi</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="317"/>
        <source>Draft (no status)</source>
        <translation>Brouillon (sans état)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="318"/>
        <source>Pass</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="319"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="320"/>
        <source>Fails a required criterion</source>
        <translation>Ne respecte pas un critère obligatoire</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="321"/>
        <source>Not evaluated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="324"/>
        <source>highest cost</source>
        <translation>coût le plus élevé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="328"/>
        <source>1 (easy to cross)</source>
        <translation>1 (facile à traverser)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="329"/>
        <source>2028 (hard to cross)</source>
        <translation>2028 (difficile à traverser)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="180"/>
        <source>Workshop exercise</source>
        <translation>Exercice de l'atelier</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="185"/>
        <source>Adding {0} corridor(s) to the candidate corridors…</source>
        <translation>
            <numerusform>Ajout de {0} corridor aux corridors candidats…</numerusform>
            <numerusform>Ajout de {0} corridors aux corridors candidats…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="571"/>
        <source>Done. Pick a path on the map to see its link-table row.</source>
        <translation>Terminé. Choisissez un chemin sur la carte pour voir sa ligne de la table des liens.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="186"/>
        <source>Not evaluated against the {0} % natural-habitat share: {1}; the mean resistance inside the corridor, {2} (resistance units), is reported for information only</source>
        <translation>Non évalué par rapport à la part d'habitat naturel de {0} % : {1} ; la résistance moyenne dans le corridor, {2} (unités de résistance), est donnée à titre indicatif seulement</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="147"/>
        <source> (required criteria not evaluated: {0})</source>
        <translation> (critères obligatoires non évalués : {0})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="314"/>
        <source>Required criteria not evaluated:</source>
        <translation>Critères obligatoires non évalués :</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="432"/>
        <source>{0} (not evaluated)</source>
        <translation>{0} (non évalué)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="167"/>
        <source>The {0} layer &apos;{1}&apos; must hold {2} geometries; it holds {3}. Choose a layer of {2} geometries.</source>
        <translation>La couche de {0} '{1}' doit contenir des géométries de type {2} ; elle contient {3}. Choisissez une couche de géométries de type {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="254"/>
        <source>streams</source>
        <translation>cours d'eau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="255"/>
        <source>floodplain / riparian</source>
        <translation>plaine inondable / riveraine</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="256"/>
        <source>river barriers</source>
        <translation>obstacles en rivière</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="257"/>
        <source>coastline</source>
        <translation>trait de côte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Streams</source>
        <translation>Cours d'eau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Floodplain / riparian areas</source>
        <translation>Plaine inondable / zones riveraines</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>River barriers (dams, weirs, culverts)</source>
        <translation>Obstacles en rivière (barrages, seuils, buses)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Coastline</source>
        <translation>Trait de côte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Night lights</source>
        <translation>Lumières nocturnes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="165"/>
        <source>Streams and rivers (lines; riparian zones included)</source>
        <translation>Cours d'eau et rivières (lignes ; zones riveraines incluses)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="165"/>
        <source>Floodplain or riparian areas (polygons; share inside the corridor)</source>
        <translation>Plaines inondables ou zones riveraines (polygones ; part dans le corridor)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="165"/>
        <source>River barriers: dams, weirs, culverts (points; counted inside the corridor)</source>
        <translation>Obstacles en rivière : barrages, seuils, buses (points ; comptés dans le corridor)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="165"/>
        <source>Coastline (lines; alongshore length inside the corridor)</source>
        <translation>Trait de côte (lignes ; longueur le long de la côte dans le corridor)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="176"/>
        <source>Night-lights raster (radiance; artificial light at night)</source>
        <translation>Raster de lumières nocturnes (radiance ; lumière artificielle nocturne)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="76"/>
        <source>{0}the resistance &apos;{1}&apos; is not a number. Write a positive number, &apos;nodata&apos; for an impassable class, or leave it empty for an unlisted class.</source>
        <translation>{0}la résistance '{1}' n'est pas un nombre. Écrivez un nombre positif, 'nodata' pour une classe infranchissable, ou laissez la cellule vide pour une classe non listée.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="79"/>
        <source>{0}the resistance {1} is not allowed: resistances must be positive and finite. Write &apos;nodata&apos; to make the class impassable.</source>
        <translation>{0}la résistance {1} n'est pas admise : les résistances doivent être positives et finies. Écrivez 'nodata' pour rendre la classe infranchissable.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="85"/>
        <source>Line {0} of {1}: </source>
        <translation>Ligne {0} de {1} : </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="113"/>
        <source>{0}the class &apos;{1}&apos; is not a number. Each line must be class,resistance[,label] with a number for the class.</source>
        <translation>{0}la classe '{1}' n'est pas un nombre. Chaque ligne doit être classe,résistance[,libellé] avec un nombre pour la classe.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="117"/>
        <source>{0}the class &apos;{1}&apos; is not a finite number.</source>
        <translation>{0}la classe '{1}' n'est pas un nombre fini.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="122"/>
        <source>Line {0} of {1} (class {2}): </source>
        <translation>Ligne {0} de {1} (classe {2}) : </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="148"/>
        <source>The table must have a resistance column for every class ({0} columns).</source>
        <translation>La table doit avoir une colonne de résistance pour chaque classe ({0} colonnes).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="174"/>
        <source>The file &apos;{0}&apos; is not a text CSV table (it holds binary data). Choose the CSV file with one line per class: class,resistance[,label].</source>
        <translation>Le fichier '{0}' n'est pas une table CSV en texte (il contient des données binaires). Choisissez le fichier CSV avec une ligne par classe : classe,résistance[,libellé].</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="183"/>
        <source>The file &apos;{0}&apos; is {1:.0f} MB, too big for a class table; choose the CSV file with one line per class.</source>
        <translation>Le fichier '{0}' fait {1:.0f} Mo, trop pour une table de classes ; choisissez le fichier CSV avec une ligne par classe.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="187"/>
        <source>The class table &apos;{0}&apos; cannot be read ({1}).</source>
        <translation>La table de classes '{0}' ne peut pas être lue ({1}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="222"/>
        <source>The class -&gt; resistance table {0} gives no class a resistance; give one line per land-cover class: class,resistance.</source>
        <translation>La table classe -&gt; résistance {0} ne donne de résistance à aucune classe ; donnez une ligne par classe d'occupation du sol : classe,résistance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="44"/>
        <source> and {0} more</source>
        <translation> et {0} de plus</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="28"/>
        <source>The cores layer &apos;{0}&apos; holds {1} geometries; core areas must be polygons.</source>
        <translation>La couche des zones cœurs '{0}' contient des géométries {1} ; les zones cœurs doivent être des polygones.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="28"/>
        <source>Buffer the points or lines into polygons (Vector &gt; Geoprocessing Tools &gt; Buffer), or pick the polygon layer of core areas.</source>
        <translation>Transformez les points ou lignes en polygones par un tampon (Vecteur &gt; Outils de géotraitement &gt; Tampon), ou choisissez la couche de polygones des zones cœurs.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="37"/>
        <source>The cores layer &apos;{0}&apos; holds {1} core; corridors link pairs of cores, so at least two are needed.</source>
        <translation>La couche des zones cœurs '{0}' contient {1} zone cœur ; les corridors relient des paires de zones cœurs, il en faut donc au moins deux.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="37"/>
        <source>Add core areas, or pick the layer (or remove the filter) that holds all of them.</source>
        <translation>Ajoutez des zones cœurs, ou choisissez la couche (ou retirez le filtre) qui les contient toutes.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="46"/>
        <source>Cores of &apos;{0}&apos; overlap or touch: {1}. Each such pair is linked at zero cost, with a path of no length.</source>
        <translation>Des zones cœurs de '{0}' se chevauchent ou se touchent : {1}. Chacune de ces paires est reliée à coût nul, par un chemin de longueur nulle.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="170"/>
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="46"/>
        <source>Merge cores that are one habitat (Vector &gt; Geoprocessing Tools &gt; Dissolve on the id field), or separate them.</source>
        <translation>Fusionnez les zones cœurs qui forment un même habitat (Vecteur &gt; Outils de géotraitement &gt; Regrouper sur le champ id), ou séparez-les.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="66"/>
        <source>The {0} has {1}{2} cells with an infinite resistance (+inf or -inf), {3}.</source>
        <translation>
            <numerusform>Le {0} a {1}{2} cellule de résistance infinie (+inf ou -inf), {3}.</numerusform>
            <numerusform>Le {0} a {1}{2} cellules de résistance infinie (+inf ou -inf), {3}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="66"/>
        <source>Resistance must be a positive finite number: set those cells to NoData where movement is impossible, or to a large finite value (Raster Calculator).</source>
        <translation>La résistance doit être un nombre positif fini : mettez ces cellules à NoData là où le déplacement est impossible, ou à une grande valeur finie (Calculatrice raster).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="51"/>
        <source>The core areas layer &apos;{0}&apos; holds {1} features; core areas must be polygons. Buffer points or lines into polygons first (Vector &gt; Geoprocessing Tools &gt; Buffer), or choose the polygon layer of core areas.</source>
        <translation>La couche des zones cœurs '{0}' contient des entités de type {1} ; les zones cœurs doivent être des polygones. Transformez d'abord les points ou lignes en polygones par un tampon (Vecteur &gt; Outils de géotraitement &gt; Tampon), ou choisissez la couche de polygones des zones cœurs.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="62"/>
        <source>The cores {0} of &apos;{1}&apos; have no geometry (in the field &apos;{2}&apos;); draw their outline or delete those features.</source>
        <translation>Les zones cœurs {0} de '{1}' n'ont pas de géométrie (dans le champ '{2}') ; dessinez leur contour ou supprimez ces entités.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="70"/>
        <source>The layer &apos;{0}&apos; holds {1} core; corridors link pairs of cores, so at least two cores are needed. Add core areas, or choose the layer that holds all of them.</source>
        <translation>La couche '{0}' contient {1} zone cœur ; les corridors relient des paires de zones cœurs, il en faut donc au moins deux. Ajoutez des zones cœurs, ou choisissez la couche qui les contient toutes.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="91"/>
        <source>The resistance raster &apos;{0}&apos; has {1} cells with an infinite resistance (+inf or -inf); resistance must be a positive finite number: set those cells to NoData where movement is impossible, or to a large finite value (Raster Calculator).</source>
        <translation>Le raster de résistance '{0}' a {1} cellules de résistance infinie (+inf ou -inf) ; la résistance doit être un nombre positif fini : mettez ces cellules à NoData là où le déplacement est impossible, ou à une grande valeur finie (Calculatrice raster).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="73"/>
        <source>cost-distance</source>
        <translation>distance de coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="170"/>
        <source>Cores of &apos;{0}&apos; overlap or touch: {1}. Each such pair is linked at zero cost, with a path of no length (written without a geometry); merge or separate these cores if they are not one habitat.</source>
        <translation>Des zones cœurs de '{0}' se chevauchent ou se touchent : {1}. Chacune de ces paires est reliée à coût nul, par un chemin de longueur nulle (écrit sans géométrie) ; fusionnez ou séparez ces zones cœurs si elles ne forment pas un même habitat.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_outputs.py" line="110"/>
        <source>{0} {1} cells exceed the largest value a Float32 raster holds ({2:.3g}); they are written as NoData. Lower the resistance values (rescale them) to keep them.</source>
        <translation>{0} cellules de {1} dépassent la plus grande valeur qu'un raster Float32 peut contenir ({2:.3g}) ; elles sont écrites en NoData. Réduisez les valeurs de résistance (changez leur échelle) pour les garder.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/layer_roles.py" line="25"/>
        <source>core</source>
        <translation>cœur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/layer_roles.py" line="26"/>
        <source>resist</source>
        <translation>résist</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="331"/>
        <source>The layer {0} is not in edit mode, so its vertices cannot be moved. Click Save edits (it turns editing on again) or Toggle Editing, then move the vertices.</source>
        <translation>La couche {0} n'est pas en mode édition : ses sommets ne peuvent pas être déplacés. Cliquez sur Enregistrer les modifications (qui réactive l'édition) ou sur Basculer en mode édition, puis déplacez les sommets.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="409"/>
        <source>Editing of {0} was off, so there was nothing to save. It is on again: move the vertices with the Vertex Tool, then click Save edits.</source>
        <translation>L'édition de {0} était désactivée : il n'y avait rien à enregistrer. Elle est de nouveau activée : déplacez les sommets avec l'Outil de nœud, puis cliquez sur Enregistrer les modifications.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="52"/>
        <source>The core ids {0} and {1} both become the file name {2} in the cost-distance folder. Give the cores ids that differ in letters or digits, not only in spaces, signs or case.</source>
        <translation>Les identifiants de zone cœur {0} et {1} donnent le même nom de fichier {2} dans le dossier de distance de coût. Donnez aux zones cœurs des identifiants qui diffèrent par des lettres ou des chiffres, pas seulement par des espaces, des signes ou la casse.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="75"/>
        <source>The folder {0} holds cost-distance rasters of a run that did not finish ({1}; no {2}). Delete them or choose an empty folder.</source>
        <translation>Le dossier {0} contient des rasters de distance de coût d'une exécution qui n'a pas abouti ({1} ; pas de {2}). Supprimez-les ou choisissez un dossier vide.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="38"/>
        <source>The output {0} goes to {1}, which is not a file. The toolkit writes files only: choose a file (for example a .gpkg) and load it into the database afterwards.</source>
        <translation>La sortie {0} va vers {1}, qui n'est pas un fichier. La boîte à outils n'écrit que des fichiers : choisissez un fichier (par exemple un .gpkg) et chargez-le ensuite dans la base de données.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="108"/>
        <source>The folder given for {0}, {1}, is a file. Give the path of a folder (it is created when missing).</source>
        <translation>Le dossier indiqué pour {0}, {1}, est un fichier. Indiquez le chemin d'un dossier (il est créé s'il n'existe pas).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="115"/>
        <source>The output {0}, {1}, is a folder. Give a file name inside it.</source>
        <translation>La sortie {0}, {1}, est un dossier. Indiquez un nom de fichier à l'intérieur.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="118"/>
        <source>The output folder {0} (for {1}) is a file, not a folder. Choose another folder.</source>
        <translation>Le dossier de sortie {0} (pour {1}) est un fichier, pas un dossier. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="122"/>
        <source>The output {0}, {1}, is also an input of this run; the toolkit never writes over its inputs. Choose another file name.</source>
        <translation>La sortie {0}, {1}, est aussi une entrée de cette exécution ; la boîte à outils n'écrase jamais ses entrées. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="125"/>
        <source>The output {0}, {1}, is a corridor store; the toolkit never writes over it. Choose another file name.</source>
        <translation>La sortie {0}, {1}, est une base de corridors ; la boîte à outils ne l'écrase jamais. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="135"/>
        <source>{0} and {1} name the same file, {2}. Give each output its own name.</source>
        <translation>{0} et {1} désignent le même fichier, {2}. Donnez à chaque sortie son propre nom.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="121"/>
        <source>The folder {0} is on a read-only disk, so {1} cannot be written there. Choose an output folder you can write to.</source>
        <translation>Le dossier {0} est sur un disque en lecture seule, donc {1} ne peut pas y être écrit. Choisissez un dossier de sortie où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="124"/>
        <source>You may not write in the folder {0} (permission denied), so {1} cannot be written there. Choose an output folder you can write to, or ask for write access.</source>
        <translation>Vous n'avez pas le droit d'écrire dans le dossier {0} (permission refusée), donc {1} ne peut pas y être écrit. Choisissez un dossier de sortie où vous pouvez écrire, ou demandez l'accès en écriture.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="128"/>
        <source>The disk holding {0} is full: {1} could not be written, and nothing was kept. Free some space or choose an output folder on another disk.</source>
        <translation>Le disque contenant {0} est plein : {1} n'a pas pu être écrit et rien n'a été conservé. Libérez de l'espace ou choisissez un dossier de sortie sur un autre disque.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="130"/>
        <source>Could not write {0}: {1}. Nothing was kept.</source>
        <translation>Impossible d'écrire {0} : {1}. Rien n'a été conservé.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="179"/>
        <source>Output names may not start with {0}: the toolkit keeps that prefix for its temporary files. Choose another name.</source>
        <translation>Les noms de sortie ne peuvent pas commencer par {0} : la boîte à outils réserve ce préfixe à ses fichiers temporaires. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="199"/>
        <source>The toolkit cannot write a raster as a .{0} file ({1}). Use .tif (GeoTIFF), or another raster format GDAL writes, such as .asc or .sdat.</source>
        <translation>La boîte à outils ne peut pas écrire un raster dans un fichier .{0} ({1}). Utilisez .tif (GeoTIFF) ou un autre format raster que GDAL écrit, comme .asc ou .sdat.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="312"/>
        <source>The toolkit cannot write a vector layer as a .{0} file ({1}). Use .gpkg (GeoPackage), .shp, .geojson or another vector format QGIS writes.</source>
        <translation>La boîte à outils ne peut pas écrire une couche vecteur dans un fichier .{0} ({1}). Utilisez .gpkg (GeoPackage), .shp, .geojson ou un autre format vecteur que QGIS écrit.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="260"/>
        <source>The profile file {0} is a binary file, not a criteria profile (JSON text). Pick the .json file exported from the Corridor check panel.</source>
        <translation>Le fichier de profil {0} est un fichier binaire, pas un profil de critères (texte JSON). Choisissez le fichier .json exporté depuis le panneau de vérification des corridors.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="265"/>
        <source>The profile file {0} is not UTF-8 text (byte {1} at position {2}; it may be Latin-1 or Windows-1252). Open it in a text editor and save it with the UTF-8 encoding, then try again.</source>
        <translation>Le fichier de profil {0} n'est pas du texte UTF-8 (octet {1} à la position {2} ; il est peut-être en Latin-1 ou Windows-1252). Ouvrez-le dans un éditeur de texte, enregistrez-le avec l'encodage UTF-8, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="274"/>
        <source>The profile file {0} nests lists or objects too deeply to be a criteria profile. Pick the .json file exported from the Corridor check panel.</source>
        <translation>Le fichier de profil {0} imbrique des listes ou des objets trop profondément pour être un profil de critères. Choisissez le fichier .json exporté depuis le panneau de vérification des corridors.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="332"/>
        <source>&apos;{0}&apos; is not a criteria profile id: ids use letters, digits, _ or - only. Pick a profile from the list, or give the path of a .json profile file.</source>
        <translation>'{0}' n'est pas un identifiant de profil de critères : les identifiants n'utilisent que des lettres, des chiffres, _ ou -. Choisissez un profil dans la liste, ou donnez le chemin d'un fichier de profil .json.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="373"/>
        <source>&apos;{0}&apos; is not a profile modifier id: ids use letters, digits, _ or - only.</source>
        <translation>'{0}' n'est pas un identifiant de modificateur de profil : les identifiants n'utilisent que des lettres, des chiffres, _ ou -.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="251"/>
        <source>The corridors could not be saved to {0}: {1}. Your {2} unsaved change(s) are kept in the layer&apos;s edit buffer. Close the program that writes to or locks this file (or wait for it to finish), or make the file writable, then save again.</source>
        <translation>Les corridors n'ont pas pu être enregistrés dans {0} : {1}. Vos {2} modification(s) non enregistrée(s) restent dans le tampon d'édition de la couche. Fermez le programme qui écrit dans ce fichier ou le verrouille (ou attendez qu'il ait fini), ou rendez le fichier accessible en écriture, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="342"/>
        <source>another program was writing to the file (database is locked)</source>
        <translation>un autre programme écrivait dans le fichier (database is locked)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="163"/>
        <source>not a corridor run</source>
        <translation>ce n'est pas une exécution de corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="173"/>
        <source>&apos;geotransform&apos; needs 6 numbers and &apos;shape&apos; 2 positive whole numbers</source>
        <translation>'geotransform' demande 6 nombres et 'shape' 2 nombres entiers positifs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="180"/>
        <source>a link joins core {0} and core {1}, which are not both in &apos;cores&apos;</source>
        <translation>un lien relie la zone cœur {0} et la zone cœur {1}, qui ne sont pas toutes deux dans 'cores'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="183"/>
        <source>missing key {0}</source>
        <translation>clé {0} manquante</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="199"/>
        <source>the window of core {0} does not match {1}</source>
        <translation>la fenêtre de la zone cœur {0} ne correspond pas à {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="211"/>
        <source>The file {0} is damaged ({1}). Run Least-cost corridors (ccsg:leastcostcorridors) again, keeping the cost-distance rasters in a new folder, and use that folder.</source>
        <translation>Le fichier {0} est endommagé ({1}). Relancez Corridors de moindre coût (ccsg:leastcostcorridors) en conservant les rasters de distance de coût dans un nouveau dossier, et utilisez ce dossier.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="219"/>
        <source>&apos;{0}&apos; is not a list</source>
        <translation>'{0}' n'est pas une liste</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="221"/>
        <source>&apos;{0}&apos; is not a JSON object</source>
        <translation>'{0}' n'est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="222"/>
        <source>&apos;{0}&apos; is not text</source>
        <translation>'{0}' n'est pas du texte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="231"/>
        <source>&apos;file&apos; {0} is not a file name in the folder</source>
        <translation>'file' {0} n'est pas un nom de fichier du dossier</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="234"/>
        <source>the window {0} of core {1} is not inside the grid</source>
        <translation>la fenêtre {0} de la zone cœur {1} n'est pas à l'intérieur de la grille</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="237"/>
        <source>the cap of core {0} is not a number</source>
        <translation>le plafond de la zone cœur {0} n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="422"/>
        <source>Details (map, tables and width chart) are shown for the first {0} of the {1} corridors, the limit set by the parameter REPORT_MAX_CORRIDORS. Every corridor&apos;s results are in the output layer (fields *_status, *_value and check_details).</source>
        <translation>Les détails (carte, tableaux et graphique de largeur) sont montrés pour les {0} premiers des {1} corridors, la limite fixée par le paramètre REPORT_MAX_CORRIDORS. Les résultats de tous les corridors sont dans la couche de sortie (champs *_status, *_value et check_details).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="154"/>
        <source>Corridors with a detailed section (map, tables) in the report; the others in its summary only</source>
        <translation>Corridors avec une section détaillée (carte, tableaux) dans le rapport ; les autres dans son résumé seulement</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="312"/>
        <source>This run may need about {0} of memory ({1} cells, {2} cores), more than the {3} free now. Close other programs, clip the resistance raster to the study area, use a coarser cell size or set a maximum distance between cores.</source>
        <translation>Ce calcul peut demander environ {0} de mémoire ({1} cellules, {2} zones cœurs), plus que les {3} libres maintenant. Fermez d'autres programmes, découpez le raster de résistance sur la zone d'étude, utilisez une taille de cellule plus grande ou fixez une distance maximale entre zones cœurs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="71"/>
        <source>{0} feature(s) together sever the corridor ({1}): each needs mitigation</source>
        <translation>
            <numerusform>{0} élément coupe le corridor avec d'autres ({1}) : il doit être atténué</numerusform>
            <numerusform>{0} éléments coupent ensemble le corridor ({1}) : chacun doit être atténué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="73"/>
        <source>{0} feature(s) sever the corridor ({1}): each needs mitigation</source>
        <translation>
            <numerusform>{0} élément coupe le corridor ({1}) : il doit être atténué</numerusform>
            <numerusform>{0} éléments coupent le corridor ({1}) : chacun doit être atténué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="117"/>
        <source>{0} has {1} crossing(s)</source>
        <translation>
            <numerusform>{0} a {1} passage à faune</numerusform>
            <numerusform>{0} a {1} passages à faune</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="119"/>
        <source>{0} has a {1} m stretch without crossing</source>
        <translation>{0} a un tronçon de {1} m sans passage à faune</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="61"/>
        <source>core {0} has no cell in the resistance raster near the corridor</source>
        <translation>la zone cœur {0} n'a aucune cellule dans le raster de résistance près du corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="40"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="83"/>
        <source>Attribute(s) {0} missing or &apos;Not Reported&apos;</source>
        <comment>, </comment>
        <translation>Attribut(s) {0} manquant(s) ou 'Not Reported'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="119"/>
        <source>Attribute(s) {0} missing: a long-term commitment by legal or other effective means must be recorded</source>
        <comment>, </comment>
        <translation>Attribut(s) {0} manquant(s) : un engagement à long terme par des moyens juridiques ou autres moyens efficaces doit être consigné</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="153"/>
        <source>Attribute(s) {0} missing: record how effectiveness is measured (a plan and at least one indicator)</source>
        <comment>, </comment>
        <translation>Attribut(s) {0} manquant(s) : consignez comment l'efficacité est mesurée (un plan et au moins un indicateur)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="88"/>
        <source>; {0} shorter than {1} m tolerated</source>
        <translation> ; {0} de moins de {1} m tolérés</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="162"/>
        <source>largest hop between the cores {0} m; largest nearest-neighbour distance {1} m</source>
        <translation>plus grand saut entre les zones cœurs {0} m ; plus grande distance au plus proche voisin {1} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="166"/>
        <source>largest nearest-neighbour distance {0} m (cores unknown)</source>
        <translation>plus grande distance au plus proche voisin {0} m (zones cœurs inconnues)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="170"/>
        <source>{0} {1}; {2}</source>
        <translation>{0} {1} ; {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="118"/>
        <source>{0}{1} is missing: add it to the profile</source>
        <translation>{0}{1} manque : ajoutez-le au profil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="121"/>
        <source>{0}{1} must be text, got {2}</source>
        <translation>{0}{1} doit être du texte, pas {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="122"/>
        <source>{0}{1} must not be empty</source>
        <translation>{0}{1} ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="129"/>
        <source>{0} must be a list of class names or codes, got {1}</source>
        <translation>{0} doit être une liste de noms ou de codes de classe, pas {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="132"/>
        <source>{0} must be a number, got {1}</source>
        <translation>{0} doit être un nombre, pas {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="133"/>
        <source>{0} must not be negative, got {1}</source>
        <translation>{0} ne doit pas être négatif, pas {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="144"/>
        <source>{0}{1} is not a known field; known: {2}</source>
        <translation>{0}{1} n'est pas un champ connu ; connus : {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="149"/>
        <source>criteria.{0} must be an object with level, thresholds, unit and source</source>
        <translation>criteria.{0} doit être un objet avec level, thresholds, unit et source</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="153"/>
        <source>{0}level must be one of {1}, got {2}</source>
        <translation>{0}level doit être l'un de {1}, pas {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="155"/>
        <source>{0}enabled must be true or false, got {1}</source>
        <translation>{0}enabled doit être true ou false, pas {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="157"/>
        <source>{0}thresholds must be an object, got {1}</source>
        <translation>{0}thresholds doit être un objet, pas {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="161"/>
        <source>{0}thresholds.{1} is not a threshold of {2}; known: {3}</source>
        <translation>{0}thresholds.{1} n'est pas un seuil de {2} ; connus : {3}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="167"/>
        <source>{0}source must say where the thresholds come from</source>
        <translation>{0}source doit dire d'où viennent les seuils</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="172"/>
        <source>{0} must be a list of land-cover class codes or names, got {1}</source>
        <translation>{0} doit être une liste de codes ou de noms de classes d'occupation du sol, pas {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="178"/>
        <source>species must be an object, got {0}</source>
        <translation>species doit être un objet, pas {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="182"/>
        <source>species.{0} must be a positive number of metres, got {1}</source>
        <translation>species.{0} doit être un nombre positif de mètres, pas {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="190"/>
        <source>species.resistance_table must be an object class -&gt; resistance, got {0}</source>
        <translation>species.resistance_table doit être un objet classe -&gt; résistance, pas {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="193"/>
        <source>species.resistance_table.{0} must be a number, got {1}</source>
        <translation>species.resistance_table.{0} doit être un nombre, pas {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="196"/>
        <source>species.sources must be an object of text, got {0}</source>
        <translation>species.sources doit être un objet de textes, pas {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="201"/>
        <source>species.{0} is not a species parameter; known: {1}</source>
        <translation>species.{0} n'est pas un paramètre d'espèce ; connus : {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="205"/>
        <source>schema_version is missing: add &quot;schema_version&quot;: 1</source>
        <translation>schema_version manque : ajoutez &quot;schema_version&quot;: 1</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="207"/>
        <source>schema_version must be an integer, got {0}</source>
        <translation>schema_version doit être un entier, pas {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="208"/>
        <source>schema_version {0} is newer than this plugin reads ({1}): update the plugin</source>
        <translation>schema_version {0} est plus récent que ce que lit cette extension ({1}) : mettez l'extension à jour</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="210"/>
        <source>schema_version must be 1 or more, got {0}</source>
        <translation>schema_version doit être 1 ou plus, pas {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="216"/>
        <source>A criteria profile must be a JSON object</source>
        <translation>Un profil de critères doit être un objet JSON</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="217"/>
        <source>kind must be &quot;profile&quot; here, got {0} (modifiers are applied to a profile)</source>
        <translation>kind doit être &quot;profile&quot; ici, pas {0} (les modificateurs s'appliquent à un profil)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="362"/>
        <source>id must use letters, digits, _ or - only, got {0}</source>
        <translation>id ne doit utiliser que des lettres, des chiffres, _ ou -, pas {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="226"/>
        <source>realm must be one of {0}, got {1}</source>
        <comment>, </comment>
        <translation>realm doit être l'un de {0}, pas {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="229"/>
        <source>modifiers must be a list of modifier ids, got {0}</source>
        <translation>modifiers doit être une liste d'ids de modificateur, pas {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="238"/>
        <source>criteria is missing: add the criteria object</source>
        <translation>criteria manque : ajoutez l'objet criteria</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="240"/>
        <source>criteria must be an object of criterion id -&gt; settings, got {0}</source>
        <translation>criteria doit être un objet id de critère -&gt; réglages, pas {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="243"/>
        <source>criteria.{0}: unknown criterion id &apos;{1}&apos;; known ids: {2}</source>
        <translation>criteria.{0} : id de critère inconnu '{1}' ; ids connus : {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="285"/>
        <source>Profile file {0}: modifiers lists unknown modifier &apos;{1}&apos;</source>
        <translation>Fichier de profil {0} : modifiers cite le modificateur inconnu '{1}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="327"/>
        <source>The profile file {0} does not exist</source>
        <translation>Le fichier de profil {0} n'existe pas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="375"/>
        <source>Unknown profile modifier &apos;{0}&apos;; available: {1}</source>
        <translation>Modificateur de profil inconnu '{0}' ; disponibles : {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="391"/>
        <source>Modifier {0}: criteria must be an object</source>
        <translation>Modificateur {0} : criteria doit être un objet</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="393"/>
        <source>Modifier {0}: criteria.{1}</source>
        <translation>Modificateur {0} : criteria.{1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="394"/>
        <source>{0}: unknown criterion id &apos;{1}&apos;</source>
        <translation>{0} : id de critère inconnu '{1}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="395"/>
        <source>{0} must be an object</source>
        <translation>{0} doit être un objet</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="403"/>
        <source>{0}.multiply.{1} must name a threshold and give a number</source>
        <translation>{0}.multiply.{1} doit nommer un seuil et donner un nombre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="407"/>
        <source>{0}.set.{1} is not a threshold of {2}</source>
        <translation>{0}.set.{1} n'est pas un seuil de {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="410"/>
        <source>{0}.level must be one of {1}</source>
        <translation>{0}.level doit être l'un de {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="48"/>
        <source>Elevation {0}-{1} m inside; mean core elevations {2} m and {3} m (difference {4} m)</source>
        <translation>Altitude {0}-{1} m à l'intérieur ; altitude moyenne des zones cœurs {2} m et {3} m (différence {4} m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="51"/>
        <source>{0}; reported only</source>
        <translation>{0} ; à titre d'information</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="76"/>
        <source>the {0} m ring is not covered by the raster</source>
        <translation>l'anneau de {0} m n'est pas couvert par le raster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="78"/>
        <source> ({0} % of the ring covered)</source>
        <translation> ({0} % de l'anneau couvert)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="79"/>
        <source>{0} % in the {1} m ring{2}</source>
        <translation>{0} % dans l'anneau de {1} m{2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="22"/>
        <source>The cores layer {0} has no features.</source>
        <translation>La couche des zones cœurs {0} n'a aucune entité.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="22"/>
        <source>Pick the polygon layer of core areas (habitat patches, protected areas), or check its filter.</source>
        <translation>Choisissez la couche de polygones des zones cœurs (taches d'habitat, aires protégées) ou vérifiez son filtre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="32"/>
        <source>{0} core(s) in {1} have no value in the id field &apos;{2}&apos; (feature ids {3}).</source>
        <translation>
            <numerusform>{0} zone cœur de {1} n'a pas de valeur dans le champ d'identifiant '{2}' (ids d'entité {3}).</numerusform>
            <numerusform>{0} zones cœurs de {1} n'ont pas de valeur dans le champ d'identifiant '{2}' (ids d'entité {3}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="32"/>
        <source>Fill &apos;{0}&apos; for every core (Open Attribute Table), or pick another id field.</source>
        <translation>Remplissez '{0}' pour chaque zone cœur (Ouvrir la table d'attributs) ou choisissez un autre champ d'identifiant.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="50"/>
        <source>Core ids repeat in field &apos;{0}&apos; of {1}: {2}.</source>
        <translation>Identifiants de zone cœur répétés dans le champ '{0}' de {1} : {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="50"/>
        <source>{0} ({1} times)</source>
        <translation>{0} ({1} fois)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="50"/>
        <source>Give every core its own id (one id per core area; merge parts of one core with Vector &gt; Geoprocessing &gt; Dissolve on the id field).</source>
        <translation>Donnez à chaque zone cœur son propre identifiant (un par zone cœur ; fusionnez les parties d'une zone cœur avec Vecteur &gt; Outils de géotraitement &gt; Regrouper sur le champ d'identifiant).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="64"/>
        <source>{0} core(s) in {1} have no geometry (ids {2}).</source>
        <translation>
            <numerusform>{0} zone cœur de {1} n'a pas de géométrie (ids {2}).</numerusform>
            <numerusform>{0} zones cœurs de {1} n'ont pas de géométrie (ids {2}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="64"/>
        <source>Delete those features or draw their outline.</source>
        <translation>Supprimez ces entités ou dessinez leur contour.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="91"/>
        <source>Core(s) {0} of {1} lie outside the resistance raster (x {2} to {3}, y {4} to {5}).</source>
        <translation>
            <numerusform>La zone cœur {0} de {1} est hors du raster de résistance (x {2} à {3}, y {4} à {5}).</numerusform>
            <numerusform>Les zones cœurs {0} de {1} sont hors du raster de résistance (x {2} à {3}, y {4} à {5}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="91"/>
        <source>Check that the cores and the raster cover the same area and that both CRSs are set right; remove cores outside the study area or extend the raster.</source>
        <translation>Vérifiez que les zones cœurs et le raster couvrent la même zone et que les deux SCR sont bien définis ; retirez les zones cœurs hors de la zone d'étude ou étendez le raster.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="103"/>
        <source>Core(s) {0} of {1} reach beyond the resistance raster; only their part on the raster is used.</source>
        <translation>
            <numerusform>La zone cœur {0} de {1} dépasse du raster de résistance ; seule sa partie sur le raster est utilisée.</numerusform>
            <numerusform>Les zones cœurs {0} de {1} dépassent du raster de résistance ; seule leur partie sur le raster est utilisée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="103"/>
        <source>Extend the raster to cover the whole cores, or clip the cores to the study area.</source>
        <translation>Étendez le raster pour couvrir les zones cœurs entières, ou découpez les zones cœurs à la zone d'étude.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="113"/>
        <source>Core(s) {0} of {1} are smaller than one raster cell ({2} x {3}): each is represented by the cells it touches.</source>
        <translation>
            <numerusform>La zone cœur {0} de {1} est plus petite qu'une cellule du raster ({2} x {3}) : elle est représentée par les cellules qu'elle touche.</numerusform>
            <numerusform>Les zones cœurs {0} de {1} sont plus petites qu'une cellule du raster ({2} x {3}) : chacune est représentée par les cellules qu'elle touche.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="113"/>
        <source>Use a finer resistance raster, or merge tiny cores into larger core areas.</source>
        <translation>Utilisez un raster de résistance plus fin, ou regroupez les toutes petites zones cœurs en zones cœurs plus grandes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="138"/>
        <source>Core(s) {0} of {1} lie entirely on NoData (or non-positive) resistance cells: no path can start there.</source>
        <translation>
            <numerusform>La zone cœur {0} de {1} est entièrement sur des cellules NoData (ou de résistance non positive) : aucun chemin ne peut y partir.</numerusform>
            <numerusform>Les zones cœurs {0} de {1} sont entièrement sur des cellules NoData (ou de résistance non positive) : aucun chemin ne peut y partir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="138"/>
        <source>Give the cells under these cores a resistance (fill NoData, or add their land-cover class to the table), or remove the cores.</source>
        <translation>Donnez une résistance aux cellules sous ces zones cœurs (comblez les NoData ou ajoutez leur classe d'occupation du sol à la table), ou retirez ces zones cœurs.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="153"/>
        <source>{0} and {1} more</source>
        <translation>{0} et {1} de plus</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="20"/>
        <source>Layer &apos;{0}&apos; has no valid coordinate reference system.</source>
        <translation>La couche '{0}' n'a pas de système de coordonnées de référence valide.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="20"/>
        <source>Set its CRS in Layer Properties &gt; Source (the projected CRS the data was made in).</source>
        <translation>Définissez son SCR dans Propriétés de la couche &gt; Source (le SCR projeté dans lequel les données ont été produites).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="29"/>
        <source>Layer &apos;{0}&apos; is in a geographic CRS ({1}): distances in degrees make cost distances meaningless.</source>
        <translation>La couche '{0}' est dans un SCR géographique ({1}) : avec des distances en degrés, la distance de coût n'a pas de sens.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="29"/>
        <source>Reproject it to a projected CRS in metres (Raster/Vector &gt; Projections &gt; Reproject, e.g. the national grid or UTM zone of the study area) and pick the reprojected layer here.</source>
        <translation>Reprojetez-la dans un SCR projeté en mètres (Raster/Vecteur &gt; Projections &gt; Reprojeter, par ex. le système national ou la zone UTM de la zone d'étude) et choisissez ici la couche reprojetée.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="43"/>
        <source>Layer &apos;{0}&apos; ({1}) is not in the resistance raster&apos;s CRS ({2}); it will be reprojected to the raster&apos;s CRS for the analysis.</source>
        <translation>La couche '{0}' ({1}) n'est pas dans le SCR du raster de résistance ({2}) ; elle sera reprojetée dans le SCR du raster pour l'analyse.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="43"/>
        <source>Nothing to do if that is intended; to avoid resampling surprises, reproject it yourself to the raster&apos;s CRS.</source>
        <translation>Rien à faire si c'est voulu ; pour éviter les surprises du rééchantillonnage, reprojetez-la vous-même dans le SCR du raster.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="66"/>
        <source>Raster &apos;{0}&apos; has {1} x {2} cells but &apos;{3}&apos; has {4} x {5}: values will be resampled.</source>
        <translation>Le raster '{0}' a des cellules de {1} x {2} mais '{3}' de {4} x {5} : les valeurs seront rééchantillonnées.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="66"/>
        <source>Resample &apos;{0}&apos; to the same cell size and grid (Raster &gt; Projections &gt; Warp, with &apos;{1}&apos; as the target extent and resolution).</source>
        <translation>Rééchantillonnez '{0}' à la même taille de cellule et grille (Raster &gt; Projections &gt; Projection (warp), avec '{1}' comme emprise et résolution cibles).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="81"/>
        <source>Raster &apos;{0}&apos; is shifted by {1} x {2} cells against &apos;{3}&apos;: cells do not line up.</source>
        <translation>Le raster '{0}' est décalé de {1} x {2} cellules par rapport à '{3}' : les cellules ne s'alignent pas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="81"/>
        <source>Warp &apos;{0}&apos; onto the grid of &apos;{1}&apos; (Raster &gt; Projections &gt; Warp, same extent and resolution) so both rasters share cell edges.</source>
        <translation>Projetez '{0}' sur la grille de '{1}' (Raster &gt; Projections &gt; Projection (warp), même emprise et résolution) pour que les deux rasters partagent les bords de cellule.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run.py" line="93"/>
        <source>The values of &apos;{0}&apos; could not be read, so NoData and zero/negative resistance were not checked.</source>
        <translation>Les valeurs de '{0}' n'ont pas pu être lues : les NoData et les résistances nulles ou négatives n'ont pas été vérifiés.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run.py" line="93"/>
        <source>Use a raster file (GeoTIFF) to get these checks.</source>
        <translation>Utilisez un fichier raster (GeoTIFF) pour obtenir ces vérifications.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="138"/>
        <source>The cores layer &apos;{0}&apos; has {1} core with a geometry; corridors need at least two.</source>
        <translation>La couche des zones cœurs '{0}' a {1} zone cœur avec une géométrie ; les corridors en demandent au moins deux.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="138"/>
        <source>Pick a layer with two or more core areas.</source>
        <translation>Choisissez une couche avec deux zones cœurs ou plus.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="151"/>
        <source>No two cores are within the maximum distance of {0} map units, so no corridor would be computed.</source>
        <translation>Aucune paire de zones cœurs n'est à moins de la distance maximale de {0} unités de carte : aucun corridor ne serait calculé.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="151"/>
        <source>Raise the maximum distance between cores, or choose &apos;all pairs&apos;.</source>
        <translation>Augmentez la distance maximale entre zones cœurs ou choisissez « toutes les paires ».</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="161"/>
        <source>all pairs</source>
        <translation>toutes les paires</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="161"/>
        <source>pairs within {0} map units</source>
        <translation>paires à moins de {0} unités de carte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="163"/>
        <source>{0} core pairs will be analysed ({1} of {2} cores); this takes about {3}.</source>
        <translation>{0} paires de zones cœurs seront analysées ({1} de {2} zones cœurs) ; cela prend environ {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="163"/>
        <source>Set a maximum distance between cores so only neighbouring cores are linked (Linkage Mapper links only nearby cores too), or use a coarser resistance raster.</source>
        <translation>Fixez une distance maximale entre zones cœurs pour ne relier que les voisines (Linkage Mapper ne relie aussi que les proches) ou utilisez un raster de résistance plus grossier.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="174"/>
        <source>about {0} of memory and {1}</source>
        <translation>environ {0} de mémoire et {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="176"/>
        <source>The analysis needs {0} ({1} cells), more than the {2} of memory free on this computer.</source>
        <translation>L'analyse demande {0} ({1} cellules), plus que les {2} de mémoire libres sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="188"/>
        <source>The analysis needs {0}: more than half of the {1} free.</source>
        <translation>L'analyse demande {0} : plus de la moitié des {1} libres.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="188"/>
        <source>Close other programs before running, or clip the rasters to the study area.</source>
        <translation>Fermez d'autres programmes avant l'exécution ou découpez les rasters à la zone d'étude.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="197"/>
        <source> ({0} free)</source>
        <translation> ({0} libres)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="198"/>
        <source>{0} core pairs, {1} cells: about {2} of memory{3} and {4}.</source>
        <translation>{0} paires de zones cœurs, {1} cellules : environ {2} de mémoire{3} et {4}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="198"/>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="39"/>
        <source>within x {0} to {1}, y {2} to {3} (for example at {4})</source>
        <translation>entre x {0} et {1}, y {2} et {3} (par exemple en {4})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="51"/>
        <source>resistance built from &apos;{0}&apos;</source>
        <translation>raster de résistance construit à partir de '{0}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="53"/>
        <source>resistance raster &apos;{0}&apos;</source>
        <translation>raster de résistance '{0}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="59"/>
        <source>about </source>
        <translation>environ </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="78"/>
        <source>The {0} holds only NoData: no cell can be crossed.</source>
        <translation>Le {0} ne contient que des NoData : aucune cellule ne peut être traversée.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="78"/>
        <source>Check the raster&apos;s NoData value in Layer Properties &gt; Transparency/Source, or pick the right raster; when building from land cover, give the classes a resistance in the table.</source>
        <translation>Vérifiez la valeur NoData du raster dans Propriétés de la couche &gt; Transparence/Source ou choisissez le bon raster ; s'il est construit à partir de l'occupation du sol, donnez une résistance aux classes dans la table.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="91"/>
        <source>The {0} has {1}{2} NoData cells ({3}), {4}. They are impassable.</source>
        <translation>
            <numerusform>Le {0} a {1}{2} cellule NoData ({3}), {4}. Elle est infranchissable.</numerusform>
            <numerusform>Le {0} a {1}{2} cellules NoData ({3}), {4}. Elles sont infranchissables.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="91"/>
        <source>Nothing to do if those cells are outside the study area or truly impassable; otherwise fill them (Raster &gt; Analysis &gt; Fill NoData) or give their class a resistance.</source>
        <translation>Rien à faire si ces cellules sont hors de la zone d'étude ou vraiment infranchissables ; sinon comblez-les (Raster &gt; Analyse &gt; Remplir les cellules sans données) ou donnez une résistance à leur classe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="102"/>
        <source>The {0} has {1}{2} cells with resistance 0, {3}. Resistance 0 would make moving free, so these cells cannot be used.</source>
        <translation>
            <numerusform>Le {0} a {1}{2} cellule de résistance 0, {3}. Une résistance 0 rendrait le déplacement gratuit : elle ne peut pas être utilisée.</numerusform>
            <numerusform>Le {0} a {1}{2} cellules de résistance 0, {3}. Une résistance 0 rendrait le déplacement gratuit : elles ne peuvent pas être utilisées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="102"/>
        <source>Give them a small positive resistance (for example 1, the cost of the easiest land), with the Raster Calculator or in the class table; or set them to NoData if they are impassable.</source>
        <translation>Donnez-leur une petite résistance positive (par exemple 1, le coût du terrain le plus facile) avec la Calculatrice raster ou dans la table des classes ; ou mettez-les à NoData si elles sont infranchissables.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="114"/>
        <source>The {0} has {1}{2} cells with negative resistance (lowest {3}), {4}.</source>
        <translation>
            <numerusform>Le {0} a {1}{2} cellule de résistance négative (minimum {3}), {4}.</numerusform>
            <numerusform>Le {0} a {1}{2} cellules de résistance négative (minimum {3}), {4}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="114"/>
        <source>Resistance must be positive: check the NoData value (a NoData of -9999 not declared as NoData looks like this) or rescale the values so the lowest is 1.</source>
        <translation>La résistance doit être positive : vérifiez la valeur NoData (un NoData de -9999 non déclaré comme NoData donne ceci) ou remettez les valeurs à l'échelle pour que la plus basse soit 1.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="134"/>
        <source>The class -&gt; resistance table for &apos;{0}&apos; is empty.</source>
        <translation>La table classe -&gt; résistance de '{0}' est vide.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="134"/>
        <source>Load a preset or a CSV file, or add one row per land-cover class with its resistance.</source>
        <translation>Chargez un préréglage ou un fichier CSV, ou ajoutez une ligne par classe d'occupation du sol avec sa résistance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="144"/>
        <source>Classes {0} have a resistance that is zero, negative or not a number.</source>
        <comment>, </comment>
        <translation>Les classes {0} ont une résistance nulle, négative ou qui n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="144"/>
        <source>Give every class a positive resistance (1 = easiest to cross); write &apos;nodata&apos; to make a class impassable (an empty cell takes the default resistance).</source>
        <translation>Donnez à chaque classe une résistance positive (1 = la plus facile à traverser) ; écrivez 'nodata' pour rendre une classe infranchissable (une cellule vide prend la résistance par défaut).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="158"/>
        <source>they get the default resistance {0}</source>
        <translation>elles reçoivent la résistance par défaut {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="158"/>
        <source>they will be NoData (impassable)</source>
        <translation>elles seront NoData (infranchissables)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="162"/>
        <source>Land-cover classes {0}{1} of &apos;{2}&apos; are not in the table: {3}.</source>
        <comment>, </comment>
        <translation>Les classes d'occupation du sol {0}{1} de '{2}' ne sont pas dans la table : {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="162"/>
        <source>Add a row for each class shown in red in the table, or set the default resistance on purpose.</source>
        <translation>Ajoutez une ligne pour chaque classe en rouge dans la table ou fixez délibérément la résistance par défaut.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="175"/>
        <source>The default resistance {0} is not positive.</source>
        <translation>La résistance par défaut {0} n'est pas positive.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="175"/>
        <source>Set a positive default resistance, or choose &apos;impassable&apos; for unlisted classes.</source>
        <translation>Fixez une résistance par défaut positive ou choisissez « infranchissable » pour les classes non listées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gis/check_results.py" line="413"/>
        <source>Checking {0} corridor(s) against the profile {1}</source>
        <translation>
            <numerusform>Vérification de {0} corridor avec le profil {1}</numerusform>
            <numerusform>Vérification de {0} corridors avec le profil {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gis/report.py" line="406"/>
        <source>{0} corridor(s): {1} pass, {2} with warnings, {3} fail.</source>
        <translation>
            <numerusform>{0} corridor : {1} conformes, {2} avec avertissements, {3} non conformes.</numerusform>
            <numerusform>{0} corridors : {1} conformes, {2} avec avertissements, {3} non conformes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/styling.py" line="49"/>
        <source>&lt;= {0} (on the path)</source>
        <translation>&lt;= {0} (sur le chemin)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/styling.py" line="50"/>
        <source>&lt;= {0} cost units</source>
        <translation>&lt;= {0} unités de coût</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gui/check_run.py" line="137"/>
        <source>{0} corridor(s) checked: {1} pass, {2} with warnings, {3} fail.</source>
        <translation>
            <numerusform>{0} corridor vérifié : {1} conformes, {2} avec avertissements, {3} non conformes.</numerusform>
            <numerusform>{0} corridors vérifiés : {1} conformes, {2} avec avertissements, {3} non conformes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="357"/>
        <source>{0} m</source>
        <translation>{0} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="70"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: corridor definition, &apos;clearly defined geographical space&apos; [K], &apos;governed and managed&apos; space [R]</source>
        <translation>Hilty et al. 2020, lignes directrices de l'UICN pour la conservation de la connectivité : définition du corridor, « espace géographique clairement défini » [K], espace « gouverné et géré » [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="71"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: ecological network definition, cores joined by corridors [R]; snap distance 10 m is [I] design default of this plugin</source>
        <translation>Hilty et al. 2020, lignes directrices de l'UICN pour la conservation de la connectivité : définition du réseau écologique, zones cœurs reliées par des corridors [R] ; la tolérance de 10 m est [I] une valeur par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="72"/>
        <source>[I] design default of this plugin (90 %)</source>
        <translation>[I] valeur par défaut de conception de cet outil (90 %)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="73"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: corridor definition, &apos;to maintain or restore ecological connectivity&apos; [R]</source>
        <translation>Hilty et al. 2020, lignes directrices de l'UICN pour la conservation de la connectivité : définition du corridor, « pour maintenir ou restaurer la connectivité écologique » [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="74"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: corridor definition, &apos;governed&apos; [R]; governance types A-D from the guidelines p. 2 and the WDPA [R]</source>
        <translation>Hilty et al. 2020, lignes directrices de l'UICN pour la conservation de la connectivité : définition du corridor, « gouverné » [R] ; types de gouvernance A-D selon les lignes directrices p. 2 et la WDPA [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="75"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: corridor definition, &apos;managed&apos; [R]; WDPA MANG_PLAN field [R]</source>
        <translation>Hilty et al. 2020, lignes directrices de l'UICN pour la conservation de la connectivité : définition du corridor, « géré » [R] ; champ MANG_PLAN de la WDPA [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="76"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: corridor definition, &apos;over the long term&apos; by legal or other effective means [R]; the guidelines give no number [K]; warning under 25 years is [I] design default of this plugin</source>
        <translation>Hilty et al. 2020, lignes directrices de l'UICN pour la conservation de la connectivité : définition du corridor, « sur le long terme » par des moyens légaux ou d'autres moyens efficaces [R] ; les lignes directrices ne donnent pas de chiffre [K] ; l'avertissement sous 25 ans est [I] une valeur par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="77"/>
        <source>Guidelines&apos; key message to measure and monitor effectiveness (Eurosite summary) [R]; Keeley et al. preprint on monitoring corridors [R]; assessment age 5 years is [I] design default of this plugin</source>
        <translation>Message clé des lignes directrices : mesurer et suivre l'efficacité (synthèse Eurosite) [R] ; prépublication de Keeley et al. sur le suivi des corridors [R] ; l'ancienneté d'évaluation de 5 ans est [I] une valeur par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="78"/>
        <source>Beier 2019 rule of thumb, 2 km for multi-species corridors [R] (literature, not an IUCN rule)</source>
        <translation>Règle empirique de Beier 2019, 2 km pour les corridors multi-espèces [R] (littérature, pas une règle de l'UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="79"/>
        <source>Transects narrower than the min_width threshold, after Linkage Mapper&apos;s Pinchpoint Mapper idea [R]; tolerance and transect spacing are [I] design defaults of this plugin</source>
        <translation>Transects plus étroits que le seuil min_width, d'après l'idée de Pinchpoint Mapper de Linkage Mapper [R] ; la tolérance et l'espacement des transects sont [I] des valeurs par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="81"/>
        <source>CorridorDesign: longest known dispersal distance of the focal species [R]; corridor dwellers need home-range width, Beier 2019 reasoning [R] (literature, not an IUCN rule)</source>
        <translation>CorridorDesign : plus grande distance de dispersion connue de l'espèce focale [R] ; les espèces qui vivent dans le corridor ont besoin de la largeur de leur domaine vital, raisonnement de Beier 2019 [R] (littérature, pas une règle de l'UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="82"/>
        <source>Bentrup 2008 §2.9 (qualitative) [R]; 5 km and a 25 % margin over the minimum width are [I] design defaults of this plugin</source>
        <translation>Bentrup 2008 §2.9 (qualitatif) [R] ; 5 km et une marge de 25 % au-dessus de la largeur minimale sont [I] des valeurs par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="83"/>
        <source>Habitat graph test [I]; gap_max from the profile&apos;s species parameters</source>
        <translation>Test du graphe d'habitat [I] ; gap_max d'après les paramètres d'espèce du profil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="84"/>
        <source>Bentrup 2008 §2.7 on stepping stones [R]; spacing ≤ gap_max [I]</source>
        <translation>Bentrup 2008 §2.7 sur les pas japonais [R] ; espacement ≤ gap_max [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="85"/>
        <source>No guideline number [K]; 70 % natural cover is a placeholder, [I] design default of this plugin</source>
        <translation>Pas de chiffre dans les lignes directrices [K] ; 70 % de couvert naturel est une valeur provisoire, [I] valeur par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="86"/>
        <source>Edge effects strong and variable (Laurance et al. 2002, 2007) [R]; depth 100 m and share 50 % are [I] design defaults of this plugin</source>
        <translation>Effets de lisière forts et variables (Laurance et al. 2002, 2007) [R] ; la profondeur de 100 m et la part de 50 % sont [I] des valeurs par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="87"/>
        <source>Share of the least-cost path inside the corridor; 90 % is [I] design default of this plugin</source>
        <translation>Part du chemin de moindre coût à l'intérieur du corridor ; 90 % est [I] une valeur par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="88"/>
        <source>Unrestricted least-cost distance / cheapest route inside the corridor (1.0 = the corridor holds the best route); 0.9 and the search window margin are [I] design defaults of this plugin</source>
        <translation>Distance de moindre coût sans restriction / itinéraire le moins cher dans le corridor (1,0 = le corridor contient le meilleur itinéraire) ; 0,9 et la marge de la fenêtre de recherche sont [I] des valeurs par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="89"/>
        <source>The guidelines stress climate adaptation (IUCN news) [R]; Linkage Priority climate linkages [R]; report only [I]</source>
        <translation>Les lignes directrices insistent sur l'adaptation au climat (actualités de l'UICN) [R] ; liaisons climatiques de Linkage Priority [R] ; à titre d'information seulement [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="91"/>
        <source>Gregory et al. 2021 §4.1-4.2 [R]; 30 m riparian buffer is [I] design default of this plugin</source>
        <translation>Gregory et al. 2021 §4.1-4.2 [R] ; la bande riveraine de 30 m est [I] une valeur par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="92"/>
        <source>[I] informational</source>
        <translation>[I] informatif</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="93"/>
        <source>Avoid roads in corridors, Gregory et al. 2021 §3.5 [R]; each severing feature needs mitigation and the 10 m barrier width are [I] design defaults of this plugin</source>
        <translation>Éviter les routes dans les corridors, Gregory et al. 2021 §3.5 [R] ; l'atténuation exigée pour chaque élément coupant et la largeur d'obstacle de 10 m sont [I] des valeurs par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="94"/>
        <source>≥ 1 per severing barrier, spacing ≤ one home-range width, Gregory et al. 2021 §3.10 [R]; 50 m snap is [I] design default of this plugin</source>
        <translation>≥ 1 par obstacle coupant, espacement ≤ une largeur de domaine vital, Gregory et al. 2021 §3.10 [R] ; la tolérance de 50 m est [I] une valeur par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="95"/>
        <source>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² counting all linear travel features [R] (literature, not an IUCN rule)</source>
        <translation>Averill-Murray &amp; Allison 2022 : &lt; 0.6 km/km² en comptant tous les éléments linéaires de circulation [R] (littérature, pas une règle de l'UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="96"/>
        <source>Avoid urbanisation in or next to corridors, Gregory et al. 2021 §5.1 [R]; 5 % and a 500 m ring are [I] design defaults of this plugin</source>
        <translation>Éviter l'urbanisation dans ou près des corridors, Gregory et al. 2021 §5.1 [R] ; 5 % et un anneau de 500 m sont [I] des valeurs par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="97"/>
        <source>Minimise lighting, Gregory et al. 2021 §3.6 [R]; report only [I]</source>
        <translation>Réduire l'éclairage au minimum, Gregory et al. 2021 §3.6 [R] ; à titre d'information seulement [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="98"/>
        <source>Free-flowing rivers, Grill et al. 2019 [R]</source>
        <translation>Rivières à écoulement libre, Grill et al. 2019 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="99"/>
        <source>Lateral dimension of river connectivity, Grill et al. 2019 [R]; report</source>
        <translation>Dimension latérale de la connectivité des rivières, Grill et al. 2019 [R] ; informatif</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="100"/>
        <source>California MLPA Science Advisory Team size guideline, 5-10 km alongshore (M. Carr slides) [R] (literature, not an IUCN rule)</source>
        <translation>Recommandation de taille du Science Advisory Team de la MLPA de Californie, 5-10 km le long de la côte (diapositives de M. Carr) [R] (littérature, pas une règle de l'UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="101"/>
        <source>Spacing ≤ the larval or adult dispersal distance of the target species (reefresilience; Leis 2006) [R]; user-set</source>
        <translation>Espacement ≤ la distance de dispersion larvaire ou adulte de l'espèce cible (reefresilience ; Leis 2006) [R] ; fixé par l'utilisateur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="102"/>
        <source>[K] the guidelines allow seasonal or temporary measures for migrations; check the wording</source>
        <translation>[K] les lignes directrices admettent des mesures saisonnières ou temporaires pour les migrations ; vérifiez la formulation</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="103"/>
        <source>resistance units</source>
        <translation>unités de résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="114"/>
        <source>terrestrial</source>
        <translation>terrestre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="115"/>
        <source>freshwater</source>
        <translation>eau douce</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="116"/>
        <source>marine</source>
        <translation>marin</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="117"/>
        <source>mixed</source>
        <translation>mixte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="127"/>
        <source>Federal or national ministry or agency</source>
        <translation>Ministère ou agence fédéral ou national</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="128"/>
        <source>Sub-national ministry or agency</source>
        <translation>Ministère ou agence infranational</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="129"/>
        <source>Government-delegated management</source>
        <translation>Gestion déléguée par le gouvernement</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="130"/>
        <source>Transboundary governance</source>
        <translation>Gouvernance transfrontalière</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="131"/>
        <source>Collaborative governance</source>
        <translation>Gouvernance collaborative</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="132"/>
        <source>Joint governance</source>
        <translation>Gouvernance conjointe</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="133"/>
        <source>Individual landowners</source>
        <translation>Propriétaires individuels</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="134"/>
        <source>Non-profit organisations</source>
        <translation>Organisations à but non lucratif</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="135"/>
        <source>For-profit organisations</source>
        <translation>Organisations à but lucratif</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="136"/>
        <source>Indigenous peoples</source>
        <translation>Peuples autochtones</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="137"/>
        <source>Local communities</source>
        <translation>Communautés locales</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="148"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="149"/>
        <source>Communal</source>
        <translation>Communale</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="150"/>
        <source>Joint ownership</source>
        <translation>Propriété conjointe</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="151"/>
        <source>Multiple ownership</source>
        <translation>Propriété multiple</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="152"/>
        <source>Contested</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="155"/>
        <source>statute</source>
        <translation>loi</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="156"/>
        <source>regulation</source>
        <translation>règlement</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="157"/>
        <source>spatial/land-use plan zoning</source>
        <translation>zonage d'un plan d'aménagement</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="158"/>
        <source>conservation easement/covenant</source>
        <translation>servitude environnementale/obligation réelle environnementale</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="159"/>
        <source>contract/agreement</source>
        <translation>contrat/accord</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="160"/>
        <source>customary/community rule</source>
        <translation>règle coutumière/communautaire</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="161"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="181"/>
        <source>structural</source>
        <translation>structurelle</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="182"/>
        <source>functional</source>
        <translation>fonctionnelle</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="183"/>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="186"/>
        <source>continuous</source>
        <translation>continu</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="187"/>
        <source>stepping_stone</source>
        <translation>pas japonais</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="188"/>
        <source>landscape_mosaic</source>
        <translation>mosaïque paysagère</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="191"/>
        <source>habitat</source>
        <translation>habitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="192"/>
        <source>conduit</source>
        <translation>conduit</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="193"/>
        <source>filter</source>
        <translation>filtre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="194"/>
        <source>barrier</source>
        <translation>barrière</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="195"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="196"/>
        <source>sink</source>
        <translation>puits</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="199"/>
        <source>permanent</source>
        <translation>permanent</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="200"/>
        <source>seasonal</source>
        <translation>saisonnier</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="201"/>
        <source>dynamic</source>
        <translation>dynamique</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="210"/>
        <source>n/a</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="215"/>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="216"/>
        <source>least_cost</source>
        <translation>moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="217"/>
        <source>circuit_theory</source>
        <translation>théorie des circuits</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="218"/>
        <source>telemetry/occurrence</source>
        <translation>télémétrie/observations</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="221"/>
        <source>State Verified</source>
        <translation>Vérifié par l'État</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="222"/>
        <source>Expert Verified</source>
        <translation>Vérifié par des experts</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="231"/>
        <source>flat</source>
        <translation>plat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="232"/>
        <source>round</source>
        <translation>arrondi</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="241"/>
        <source>Amphibian migration paths measured 40-50 m wide, Coster et al. via conservationcorridor.org 2015 [R] (literature, not an IUCN rule)</source>
        <translation>Voies de migration d'amphibiens mesurées à 40-50 m de large, Coster et al. via conservationcorridor.org 2015 [R] (littérature, pas une règle de l'UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="242"/>
        <source>[I] design default of this plugin (30 m depth, 50 % share)</source>
        <translation>[I] valeur par défaut de conception de cet outil (30 m de profondeur, 50 % de part)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="243"/>
        <source>Any paved road severs an amphibian corridor [I]; blocking (required) in this profile [I]; Gregory et al. 2021 §3.5 [R]</source>
        <translation>Toute route revêtue coupe un corridor pour amphibiens [I] ; bloquant (obligatoire) dans ce profil [I] ; Gregory et al. 2021 §3.5 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="244"/>
        <source>Under-passes are needed [I]; ≥ 1 per severing barrier, spacing ≤ home-range width, Gregory et al. 2021 §3.10 [R]</source>
        <translation>Des passages inférieurs sont nécessaires [I] ; ≥ 1 par obstacle coupant, espacement ≤ largeur du domaine vital, Gregory et al. 2021 §3.10 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="245"/>
        <source>[I] placeholder; migration path width 40-50 m (Coster et al.) [R]</source>
        <translation>[I] valeur provisoire ; largeur de la voie de migration 40-50 m (Coster et al.) [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="246"/>
        <source>[I] placeholder: enter the longest known dispersal distance (CorridorDesign [R])</source>
        <translation>[I] valeur provisoire : indiquez la plus grande distance de dispersion connue (CorridorDesign [R])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="247"/>
        <source>[I] design default of this plugin</source>
        <translation>[I] valeur par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="248"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (tree cover, shrubland, grassland, water, herbaceous wetland)</source>
        <translation>Codes de classe ESA WorldCover [I] valeur par défaut de conception de cet outil ; adaptez-les à votre légende d'occupation du sol (couvert arboré, arbustes, prairie, eau, zone humide herbacée)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="249"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (built-up)</source>
        <translation>Codes de classe ESA WorldCover [I] valeur par défaut de conception de cet outil ; adaptez-les à votre légende d'occupation du sol (zones bâties)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="250"/>
        <source>×1.5 climate adaptation modifier [I] (Bentrup 2008 §2.9 D: long-lived functions need more width [R])</source>
        <translation>Modificateur d'adaptation au climat ×1.5 [I] (Bentrup 2008 §2.9 D : les fonctions de longue durée demandent plus de largeur [R])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="251"/>
        <source>climate adaptation modifier: a non-trivial elevation gradient between the cores is required, 100 m is [I]</source>
        <translation>modificateur d'adaptation au climat : un gradient d'altitude non négligeable entre les zones cœurs est exigé, 100 m est [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="253"/>
        <source>climate adaptation modifier: prefer riparian routes [K]</source>
        <translation>modificateur d'adaptation au climat : préférer les itinéraires riverains [K]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="254"/>
        <source>Bond 2003: ≥ 1,000 ft ≈ 300 m generic local rule [R]; 100-300 m range (literature, not an IUCN rule)</source>
        <translation>Bond 2003 : ≥ 1,000 ft ≈ 300 m, règle locale générique [R] ; fourchette de 100-300 m (littérature, pas une règle de l'UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="255"/>
        <source>Edge effects (Laurance et al. 2002, 2007) [R]; 50 m depth (50-100 m) and 50 % share are [I] design defaults of this plugin</source>
        <translation>Effets de lisière (Laurance et al. 2002, 2007) [R] ; profondeur de 50 m (50-100 m) et part de 50 % sont [I] des valeurs par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="256"/>
        <source>≥ 1 per severing barrier, spacing ≤ one home-range width, Gregory et al. 2021 §3.10 [R]; 50 m snap is [I] design default of this plugin; culverts and canopy bridges are advisory here [I]</source>
        <translation>≥ 1 par obstacle coupant, espacement ≤ une largeur de domaine vital, Gregory et al. 2021 §3.10 [R] ; la tolérance de 50 m est [I] une valeur par défaut de conception de cet outil ; les buses et les ponts de canopée sont recommandés ici [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="257"/>
        <source>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² counting all linear travel features [R] (literature, not an IUCN rule); reported only in this profile [I]</source>
        <translation>Averill-Murray &amp; Allison 2022 : &lt; 0.6 km/km² en comptant tous les éléments linéaires de circulation [R] (littérature, pas une règle de l'UICN) ; à titre d'information seulement dans ce profil [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="258"/>
        <source>[I] placeholder; enter your focal species&apos; value</source>
        <translation>[I] valeur provisoire ; indiquez la valeur de votre espèce focale</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="259"/>
        <source>Desrochers &amp; Hannon 1997: forest birds cross &lt; 30 m readily [R]; 65-85 m thresholds for two Australian forest birds, Robertson &amp; Radford 2009 [R]</source>
        <translation>Desrochers &amp; Hannon 1997 : les oiseaux forestiers traversent facilement &lt; 30 m [R] ; seuils de 65-85 m pour deux oiseaux forestiers australiens, Robertson &amp; Radford 2009 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="260"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (tree cover, mangroves)</source>
        <translation>Codes de classe ESA WorldCover [I] valeur par défaut de conception de cet outil ; adaptez-les à votre légende d'occupation du sol (couvert arboré, mangroves)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="261"/>
        <source>≥ 1 per severing barrier, spacing ≤ one home-range width, Gregory et al. 2021 §3.10 [R]; 50 m snap is [I] design default of this plugin; culverts must be fish-passable [I]</source>
        <translation>≥ 1 par obstacle coupant, espacement ≤ une largeur de domaine vital, Gregory et al. 2021 §3.10 [R] ; la tolérance de 50 m est [I] une valeur par défaut de conception de cet outil ; les buses doivent être franchissables par les poissons [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="262"/>
        <source>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² counting all linear travel features [R] (literature, not an IUCN rule); roads crossing the floodplain are counted [I]</source>
        <translation>Averill-Murray &amp; Allison 2022 : &lt; 0.6 km/km² en comptant tous les éléments linéaires de circulation [R] (littérature, pas une règle de l'UICN) ; les routes qui traversent la plaine inondable sont comptées [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="263"/>
        <source>0 barriers for a free-flowing target; free-flowing means connectivity status index ≥ 95 % over the whole river length, Grill et al. 2019 [R]</source>
        <translation>0 obstacle pour un objectif d'écoulement libre ; écoulement libre signifie un indice d'état de connectivité ≥ 95 % sur toute la longueur de la rivière, Grill et al. 2019 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="264"/>
        <source>[I] placeholder</source>
        <translation>[I] valeur provisoire</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="265"/>
        <source>[I] placeholder: enter the focal species&apos; value</source>
        <translation>[I] valeur provisoire : indiquez la valeur de l'espèce focale</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="266"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (water, herbaceous wetland, mangroves)</source>
        <translation>Codes de classe ESA WorldCover [I] valeur par défaut de conception de cet outil ; adaptez-les à votre légende d'occupation du sol (eau, zone humide herbacée, mangroves)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="267"/>
        <source>Beier 2019 rule of thumb, 2 km [R]; Ford et al. 2020: effective width 3-6 km from residential areas, 0.4-1 km from trails [R] (literature, not IUCN rules)</source>
        <translation>Règle empirique de Beier 2019, 2 km [R] ; Ford et al. 2020 : largeur effective de 3-6 km depuis les zones résidentielles, 0.4-1 km depuis les sentiers [R] (littérature, pas des règles de l'UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="268"/>
        <source>CorridorDesign: longest known dispersal distance of the focal species [R]; corridor dwellers need home-range width, Beier 2019 reasoning [R] (literature, not an IUCN rule); enforced (required) in this profile [I]</source>
        <translation>CorridorDesign : plus grande distance de dispersion connue de l'espèce focale [R] ; les espèces qui vivent dans le corridor ont besoin de la largeur de leur domaine vital, raisonnement de Beier 2019 [R] (littérature, pas une règle de l'UICN) ; exigé (obligatoire) dans ce profil [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="269"/>
        <source>Edge effects (Laurance et al. 2002, 2007) [R]; 500 m depth and 50 % share are [I] design defaults of this plugin</source>
        <translation>Effets de lisière (Laurance et al. 2002, 2007) [R] ; la profondeur de 500 m et la part de 50 % sont [I] des valeurs par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="270"/>
        <source>Avoid roads in corridors, Gregory et al. 2021 §3.5 [R]; each severing feature needs mitigation and the 10 m barrier width are [I] design defaults of this plugin; blocking (required) in this strict profile [I]</source>
        <translation>Éviter les routes dans les corridors, Gregory et al. 2021 §3.5 [R] ; l'atténuation exigée pour chaque élément coupant et la largeur d'obstacle de 10 m sont [I] des valeurs par défaut de conception de cet outil ; bloquant (obligatoire) dans ce profil strict [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="271"/>
        <source>≥ 1 per severing barrier, spacing ≤ one home-range width, Gregory et al. 2021 §3.10 [R]; 50 m snap is [I] design default of this plugin; funnel fencing to the crossings, Gregory et al. 2021 §3.12 [R]</source>
        <translation>≥ 1 par obstacle coupant, espacement ≤ une largeur de domaine vital, Gregory et al. 2021 §3.10 [R] ; la tolérance de 50 m est [I] une valeur par défaut de conception de cet outil ; clôtures de guidage vers les passages, Gregory et al. 2021 §3.12 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="272"/>
        <source>Wydeven et al. 2001: wolves 0.45-0.63 km/km² [R]; Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² [R]; the lower bound is used (literature, not an IUCN rule)</source>
        <translation>Wydeven et al. 2001 : loups 0.45-0.63 km/km² [R] ; Averill-Murray &amp; Allison 2022 : &lt; 0.6 km/km² [R] ; la borne inférieure est utilisée (littérature, pas une règle de l'UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="273"/>
        <source>Gregory et al. 2021 §5.1 [R]; Ford et al. 2020: 3-6 km from residential areas [R], 3 km ring used; 5 % built-up is [I] design default of this plugin</source>
        <translation>Gregory et al. 2021 §5.1 [R] ; Ford et al. 2020 : 3-6 km depuis les zones résidentielles [R], anneau de 3 km utilisé ; 5 % de bâti est [I] une valeur par défaut de conception de cet outil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="274"/>
        <source>[I] placeholder, Ford et al. 2020 effective width 3-6 km [R]; enter your species&apos; value</source>
        <translation>[I] valeur provisoire, Ford et al. 2020 largeur effective de 3-6 km [R] ; indiquez la valeur de votre espèce</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="275"/>
        <source>[I] placeholder: enter the longest known dispersal distance of the focal species (CorridorDesign [R])</source>
        <translation>[I] valeur provisoire : indiquez la plus grande distance de dispersion connue de l'espèce focale (CorridorDesign [R])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="276"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend</source>
        <translation>Codes de classe ESA WorldCover [I] valeur par défaut de conception de cet outil ; adaptez-les à votre légende d'occupation du sol</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="277"/>
        <source>User-set: spacing ≤ the larval or adult dispersal distance of the target species (reefresilience; Leis 2006) [R]; 50 km is an [I] placeholder</source>
        <translation>Fixé par l'utilisateur : espacement ≤ la distance de dispersion larvaire ou adulte de l'espèce cible (reefresilience ; Leis 2006) [R] ; 50 km est une [I] valeur provisoire</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="278"/>
        <source>Beier 2019 rule of thumb: 2 km fits home ranges of corridor-dwelling mammals [R] (literature, not an IUCN rule)</source>
        <translation>Règle empirique de Beier 2019 : 2 km couvre les domaines vitaux des mammifères qui vivent dans les corridors [R] (littérature, pas une règle de l'UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="279"/>
        <source>[I] placeholder: enter the longest known dispersal distance of the focal species, or of a similar species (CorridorDesign advice [R])</source>
        <translation>[I] valeur provisoire : indiquez la plus grande distance de dispersion connue de l'espèce focale, ou d'une espèce semblable (conseil de CorridorDesign [R])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="280"/>
        <source>[I] fallback default, anchored on Laurance et al. 2002 (many Amazonian species avoid 100 m clearings) [R]</source>
        <translation>[I] valeur par défaut de repli, fondée sur Laurance et al. 2002 (de nombreuses espèces amazoniennes évitent les clairières de 100 m) [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="281"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (tree cover, shrubland, grassland, herbaceous wetland, mangroves, moss and lichen)</source>
        <translation>Codes de classe ESA WorldCover [I] valeur par défaut de conception de cet outil ; adaptez-les à votre légende d'occupation du sol (couvert arboré, arbustes, prairie, zone humide herbacée, mangroves, mousses et lichens)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="174"/>
        <source>{0} core(s) on a grid of {1} x {2} cells.</source>
        <translation>
            <numerusform>{0} zone cœur sur une grille de {1} x {2} cellules.</numerusform>
            <numerusform>{0} zones cœurs sur une grille de {1} x {2} cellules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="245"/>
        <source>Least-cost corridors: {0} pair(s) linked, {1} dropped (through another core).</source>
        <translation>
            <numerusform>Corridors de moindre coût : {0} paire reliée, {1} écartées (à travers une autre zone cœur).</numerusform>
            <numerusform>Corridors de moindre coût : {0} paires reliées, {1} écartées (à travers une autre zone cœur).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_graph.py" line="31"/>
        <source>The conductance layer {0} has {1} cells with a negative value; conductances must be 0 (a barrier) or positive. Set those cells to NoData or fix the values.</source>
        <translation>La couche de conductance {0} a {1} cellules de valeur négative ; les conductances doivent être 0 (une barrière) ou positives. Mettez ces cellules à NoData ou corrigez les valeurs.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_graph.py" line="34"/>
        <source>The resistance layer {0} has {1} cells with zero or negative resistance; circuit theory needs positive resistances. Use short-circuit regions for zero-resistance areas, or set those cells to NoData.</source>
        <translation>La couche de résistance {0} a {1} cellules de résistance nulle ou négative ; la théorie des circuits demande des résistances positives. Utilisez des zones de court-circuit pour les zones de résistance nulle, ou mettez ces cellules à NoData.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_graph.py" line="62"/>
        <source>Neighbours must be 4 or 8, not {0}.</source>
        <translation>Le nombre de voisins doit être 4 ou 8, pas {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_pairwise.py" line="76"/>
        <source>Focal node(s) {0} lie only on NoData cells of {1} (no valid cell); move them onto the raster&apos;s valid cells or remove them.</source>
        <comment>, </comment>
        <translation>Le(s) nœud(s) focal(aux) {0} ne se trouvent que sur des cellules NoData de {1} (aucune cellule valide) ; déplacez-les sur des cellules valides du raster ou supprimez-les.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_pairwise.py" line="79"/>
        <source>Current flow needs at least two focal nodes (distinct ids); {0} found.</source>
        <translation>Le flux de courant demande au moins deux nœuds focaux (ids distincts) ; {0} trouvé(s).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_solver.py" line="133"/>
        <source>The circuit solver broke down (the network is not positive definite).</source>
        <translation>Le solveur du circuit a échoué (le réseau n'est pas défini positif).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_solver.py" line="148"/>
        <source>The circuit solver did not converge in {0} iterations (relative residual {1:.1e}).</source>
        <translation>Le solveur du circuit n'a pas convergé en {0} itérations (résidu relatif {1:.1e}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_solver.py" line="200"/>
        <source>The source or the sink has no valid cell.</source>
        <translation>La source ou le puits n'a aucune cellule valide.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/circuit_outputs.py" line="91"/>
        <source>Focal nodes {0} and {1}: not connected (no resistance).</source>
        <translation>Nœuds focaux {0} et {1} : non connectés (pas de résistance).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/circuit_outputs.py" line="92"/>
        <source>Focal nodes {0} and {1}: effective resistance {2:.6g}</source>
        <translation>Nœuds focaux {0} et {1} : résistance effective {2:.6g}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="293"/>
        <source>Current flow between focal nodes (circuit theory)</source>
        <translation>Flux de courant entre nœuds focaux (théorie des circuits)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="294"/>
        <source>Circuit-theory connectivity</source>
        <translation>Connectivité par la théorie des circuits</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="295"/>
        <source>Circuit-theory connectivity between focal nodes, as Circuitscape&apos;s pairwise raster mode computes it, with nothing else to install.
Every valid cell of the resistance raster is a node; neighbouring cells are joined by a conductance of 2 / (R1 + R2), or the mean of the two conductances with &apos;Average conductance&apos;; diagonal links (8 neighbours) are divided by the square root of 2. The cell size does not enter. NoData cells carry no current. Zero or negative resistance is refused.
Focal nodes: points or polygons with an id field; features sharing an id, and all the cells of a polygon, form one node. Short-circuit regions (optional polygons): areas of zero resistance, each one node.
For every pair of focal nodes, 1 A flows from one to the other. Outputs: the cumulative current over all pairs (a cell&apos;s current is the current passing through it), lines between the focal nodes with the effective resistance (NULL when the two are not connected), and, optionally, a folder with one voltage and one current map per pair.</source>
        <translation>Connectivité par la théorie des circuits entre nœuds focaux, telle que la calcule le mode par paires raster de Circuitscape, sans rien d'autre à installer.
Chaque cellule valide du raster de résistance est un nœud ; les cellules voisines sont reliées par une conductance de 2 / (R1 + R2), ou la moyenne des deux conductances avec 'Conductance moyenne' ; les liens diagonaux (8 voisins) sont divisés par la racine carrée de 2. La taille de cellule n'intervient pas. Les cellules NoData ne portent aucun courant. Une résistance nulle ou négative est refusée.
Nœuds focaux : points ou polygones avec un champ d'id ; les entités partageant un id, et toutes les cellules d'un polygone, forment un nœud. Zones de court-circuit (polygones facultatifs) : zones de résistance nulle, chacune un nœud.
Pour chaque paire de nœuds focaux, 1 A circule de l'un à l'autre. Sorties : le courant cumulé sur toutes les paires (le courant d'une cellule est celui qui la traverse), des lignes entre les nœuds focaux avec la résistance effective (NULL quand ils ne sont pas connectés) et, en option, un dossier avec une carte de tension et une de courant par paire.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="304"/>
        <source>Pinch points in corridors (circuit theory)</source>
        <translation>Points d'étranglement dans les corridors (théorie des circuits)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="305"/>
        <source>Finds pinch points in least-cost corridors, as Linkage Mapper&apos;s Pinchpoint Mapper does: where current funnels through a narrow passage that, once lost, would sever the link.
Run folder: the folder &apos;Least-cost corridors between cores&apos; kept (advanced parameter &apos;Keep cost-distance rasters in folder&apos;). For each linked pair (links dropped through a third core stay dropped), the resistance inside that pair&apos;s corridor (cells up to CUTOFF cost units above the least-cost path) is taken, each core is one node, and 1 A flows from one core to the other (8 neighbours, average resistance). Current is NoData inside the cores. 0 keeps the whole corridor the run kept.
Square resistance: use the resistance squared (Linkage Mapper&apos;s option), which makes current follow the cheapest routes more closely.
Resistance raster (optional): the run&apos;s own raster is used when empty; another raster must be on the same grid.
Outputs: the pinch-point raster (the highest current of any pair in each cell), the least-cost paths with the effective resistance (times the cell size, as Linkage Mapper reports it) and the ratio of least-cost distance to effective resistance, and, optionally, the current of all pairs together in the union of the corridors (Linkage Mapper&apos;s raster centrality).</source>
        <translation>Trouve les points d'étranglement dans les corridors de moindre coût, comme le Pinchpoint Mapper de Linkage Mapper : là où le courant se concentre dans un passage étroit qui, s'il était perdu, couperait la liaison.
Dossier de l'exécution : le dossier conservé par 'Corridors de moindre coût entre zones cœurs' (paramètre avancé 'Conserver les rasters de distance de coût dans un dossier'). Pour chaque paire reliée (les liaisons écartées car passant par une troisième zone cœur le restent), on prend la résistance dans le corridor de la paire (cellules jusqu'à CUTOFF unités de coût au-dessus du chemin de moindre coût), chaque zone cœur est un nœud, et 1 A circule de l'une à l'autre (8 voisins, résistance moyenne). Le courant est NoData dans les zones cœurs. 0 garde tout le corridor conservé.
Mettre la résistance au carré : utilise la résistance au carré (option de Linkage Mapper), le courant suit alors de plus près les chemins les moins chers.
Raster de résistance (facultatif) : vide, le raster de l'exécution est utilisé ; un autre raster doit être sur la même grille.
Sorties : le raster des points d'étranglement (le plus fort courant de toutes les paires dans chaque cellule), les chemins de moindre coût avec la résistance effective (multipliée par la taille de cellule, comme Linkage Mapper la rapporte) et le rapport distance de moindre coût / résistance effective, et, en option, le courant de toutes les paires ensemble dans l'union des corridors (la centralité raster de Linkage Mapper).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="64"/>
        <source>The raster holds conductances</source>
        <translation>Le raster contient des conductances</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="66"/>
        <source>Focal nodes (points or polygons)</source>
        <translation>Nœuds focaux (points ou polygones)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="69"/>
        <source>Focal node id field</source>
        <translation>Champ d'id du nœud focal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="71"/>
        <source>Neighbours (4 or 8)</source>
        <translation>Voisins (4 ou 8)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="73"/>
        <source>Average conductance (instead of resistance)</source>
        <translation>Conductance moyenne (au lieu de la résistance)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="75"/>
        <source>Short-circuit regions (polygons, optional)</source>
        <translation>Zones de court-circuit (polygones, facultatif)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="78"/>
        <source>Short-circuit region id field</source>
        <translation>Champ d'id de la zone de court-circuit</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="182"/>
        <source>Cumulative current</source>
        <translation>Courant cumulé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="184"/>
        <source>Effective resistances</source>
        <translation>Résistances effectives</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="83"/>
        <source>Voltage and current maps per pair (folder)</source>
        <translation>Cartes de tension et de courant par paire (dossier)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="110"/>
        <source>NEIGHBOURS must be 4 or 8, not {0}.</source>
        <translation>NEIGHBOURS doit valoir 4 ou 8, pas {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="114"/>
        <source>Choose a focal nodes layer.</source>
        <translation>Choisissez une couche de nœuds focaux.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="156"/>
        <source>{0} focal nodes, {1} pairs, on a grid of {2} x {3} cells.</source>
        <translation>{0} nœuds focaux, {1} paires, sur une grille de {2} x {3} cellules.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="180"/>
        <source>Current flow (circuit theory): {0} focal nodes, {1} pairs.</source>
        <translation>Flux de courant (théorie des circuits) : {0} nœuds focaux, {1} paires.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="169"/>
        <source>Done in {0:.1f} s.</source>
        <translation>Terminé en {0:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="57"/>
        <source>Corridor cutoff, cost units (0 = the whole kept corridor)</source>
        <translation>Seuil du corridor, unités de coût (0 = tout le corridor conservé)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="60"/>
        <source>Square the resistance</source>
        <translation>Mettre la résistance au carré</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="61"/>
        <source>Resistance raster (empty: the run&apos;s own)</source>
        <translation>Raster de résistance (vide : celui de l'exécution)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="160"/>
        <source>Least-cost paths with effective resistance</source>
        <translation>Chemins de moindre coût avec résistance effective</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="66"/>
        <source>All pairs together (current centrality)</source>
        <translation>Toutes les paires ensemble (centralité de courant)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="81"/>
        <source>The corridor run in {0} names no resistance raster that still exists ({1}); choose the resistance raster it was made with.</source>
        <translation>L'exécution de corridors dans {0} ne désigne aucun raster de résistance encore existant ({1}) ; choisissez le raster de résistance avec lequel elle a été faite.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="119"/>
        <source>The corridor run in {0} was made on another grid ({1} x {2} cells) than the resistance raster &apos;{3}&apos; ({4} x {5} cells, or another origin, cell size or CRS); choose the folder of a run on this raster, or that run&apos;s raster.</source>
        <translation>L'exécution de corridors dans {0} a été faite sur une autre grille ({1} x {2} cellules) que le raster de résistance '{3}' ({4} x {5} cellules, ou une autre origine, taille de cellule ou SCR) ; choisissez le dossier d'une exécution sur ce raster, ou le raster de cette exécution.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="126"/>
        <source>The corridor run in {0} has no linked pair of cores.</source>
        <translation>L'exécution de corridors dans {0} n'a aucune paire de zones cœurs reliée.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="127"/>
        <source>{0} linked pairs of cores.</source>
        <translation>{0} paires de zones cœurs reliées.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="132"/>
        <source>Cores {0} and {1}: effective resistance {2}</source>
        <translation>Zones cœurs {0} et {1} : résistance effective {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="155"/>
        <source>Pinch points (circuit theory) in the corridors of {0}: {1} pairs, cutoff {2}.</source>
        <translation>Points d'étranglement (théorie des circuits) dans les corridors de {0} : {1} paires, seuil {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="165"/>
        <source>Current, all pairs together</source>
        <translation>Courant, toutes les paires ensemble</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="50"/>
        <source>The style could not be applied to {0}.</source>
        <translation>Impossible d'appliquer le style à {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="44"/>
        <source>{0} must be a number, not {1}.</source>
        <translation>{0} doit être un nombre, pas {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="46"/>
        <source>The minimum radius {0:g} is below the cell size {1:g}; use at least one cell ({1:g} map units).</source>
        <translation>Le rayon minimal {0:g} est inférieur à la taille de cellule {1:g} ; utilisez au moins une cellule ({1:g} unités de carte).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="49"/>
        <source>The radius step must be 0 (one radius) or positive, not {0:g}.</source>
        <translation>Le pas du rayon doit être 0 (un seul rayon) ou positif, pas {0:g}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="53"/>
        <source>The minimum radius {0:g} is above the maximum radius {1:g}; swap them.</source>
        <translation>Le rayon minimal {0:g} est supérieur au rayon maximal {1:g} ; inversez-les.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="55"/>
        <source>The maximum radius {0:g} is larger than the raster ({1:g} map units across); use a smaller radius.</source>
        <translation>Le rayon maximal {0:g} dépasse la taille du raster ({1:g} unités de carte d'étendue) ; utilisez un rayon plus petit.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="59"/>
        <source>{0} radii from {1:g} to {2:g} by {3:g}: more than {4}; use a larger step.</source>
        <translation>{0} rayons de {1:g} à {2:g} par pas de {3:g} : plus de {4} ; utilisez un pas plus grand.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="150"/>
        <source>COMBINE must be 0 (maximum), 1 (sum) or 2 (both), not {0}.</source>
        <translation>COMBINE doit valoir 0 (maximum), 1 (somme) ou 2 (les deux), pas {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="152"/>
        <source>Give at least one radius.</source>
        <translation>Indiquez au moins un rayon.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="156"/>
        <source>The corridor run has no linked pair of cores with a least-cost distance above 0; there is nothing to restore.</source>
        <translation>Le calcul de corridors n'a aucune paire de zones cœurs reliée dont la distance de moindre coût dépasse 0 ; il n'y a rien à restaurer.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/crossings.py" line="172"/>
        <source>The infrastructure cells do not match the resistance grid.</source>
        <translation>Les cellules de l'infrastructure ne correspondent pas à la grille de résistance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/crossings.py" line="177"/>
        <source>The resistance grid has no passable cell.</source>
        <translation>La grille de résistance n'a aucune cellule franchissable.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/crossings.py" line="227"/>
        <source>The resistance raster is not the one the corridor run used: the least-cost distance between cores {0} and {1} is {2:.6g} in the run but {3:.6g} on this raster. Give the resistance raster of that run.</source>
        <translation>Le raster de résistance n'est pas celui du calcul de corridors : la distance de moindre coût entre les zones cœurs {0} et {1} vaut {2:.6g} dans le calcul mais {3:.6g} sur ce raster. Indiquez le raster de résistance de ce calcul.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/ring_filter.py" line="29"/>
        <source>The cell size must be positive, not {0}.</source>
        <translation>La taille de cellule doit être positive, pas {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/ring_filter.py" line="46"/>
        <source>The radius {0:g} is below the cell size {1:g}; use a radius of at least one cell.</source>
        <translation>Le rayon {0:g} est inférieur à la taille de cellule {1:g} ; utilisez un rayon d'au moins une cellule.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="67"/>
        <source>A network needs at least two core areas; there is {0}.</source>
        <translation>Un réseau a besoin d'au moins deux zones cœurs ; il y en a {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="87"/>
        <source>The distance threshold must be 0 or more (it is {0}).</source>
        <translation>Le seuil de distance doit être 0 ou plus (il vaut {0}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/centrality.py" line="39"/>
        <source>Link resistances must be finite and not negative for the current-flow centrality.</source>
        <translation>Les résistances des liens doivent être finies et non négatives pour la centralité de flux de courant.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/geometry.py" line="66"/>
        <source>The region has no area; choose the polygon of the country or landscape.</source>
        <translation>La région n'a pas de surface ; choisissez le polygone du pays ou du paysage.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/geometry.py" line="69"/>
        <source>No core area lies inside the region: the cores and the region do not overlap. Check that they are the same place (a region in another CRS is reprojected to the cores&apos; CRS).</source>
        <translation>Aucune zone cœur ne se trouve dans la région : les zones cœurs et la région ne se recouvrent pas. Vérifiez qu'il s'agit du même endroit (une région dans un autre SCR est reprojetée dans le SCR des zones cœurs).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="49"/>
        <source>The dispersal distance must be greater than 0 (it is {0}); give the distance at which the probability of dispersal is the chosen probability.</source>
        <translation>La distance de dispersion doit être supérieure à 0 (elle vaut {0}) ; donnez la distance à laquelle la probabilité de dispersion est la probabilité choisie.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="52"/>
        <source>The probability at the dispersal distance must be between 0 and 1, both excluded (it is {0}); 0.5 means half of the dispersers reach that distance.</source>
        <translation>La probabilité à la distance de dispersion doit être comprise entre 0 et 1, exclus (elle vaut {0}) ; 0.5 signifie que la moitié des individus en dispersion atteignent cette distance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="69"/>
        <source>Core attributes must be finite and not negative; {0} are not.</source>
        <translation>Les attributs des zones cœurs doivent être finis et non négatifs ; {0} ne le sont pas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="72"/>
        <source>Every core has an attribute of 0, so there is nothing to connect; choose another attribute field or leave it empty to use the area.</source>
        <translation>Toutes les zones cœurs ont un attribut de 0 : il n'y a rien à connecter ; choisissez un autre champ d'attribut ou laissez-le vide pour utiliser la surface.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/priority.py" line="45"/>
        <source>The weight {0} must be 0 or more (it is {1}).</source>
        <translation>Le poids {0} doit être 0 ou plus (il vaut {1}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/priority.py" line="80"/>
        <source>A core has no perimeter; every core must be a polygon with an area.</source>
        <translation>Une zone cœur n'a pas de périmètre ; chaque zone cœur doit être un polygone avec une surface.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/protconn.py" line="53"/>
        <source>The region has no area; choose a polygon layer that covers the study region.</source>
        <translation>La région n'a pas de surface ; choisissez une couche de polygones qui couvre la région d'étude.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/protconn.py" line="57"/>
        <source>No core area lies inside the region, so ProtConn is 0 and its parts are undefined; check that the region and the cores overlap.</source>
        <translation>Aucune zone cœur ne se trouve dans la région : ProtConn vaut 0 et ses parts ne sont pas définies ; vérifiez que la région et les zones cœurs se recouvrent.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="50"/>
        <source>The layer &apos;{0}&apos; holds {1} core; a network needs at least two cores. Add core areas, or choose the layer that holds all of them.</source>
        <translation>La couche '{0}' contient {1} zone cœur ; un réseau a besoin d'au moins deux zones cœurs. Ajoutez des zones cœurs ou choisissez la couche qui les contient toutes.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="59"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos;; choose its attribute field or leave it empty to use the area.</source>
        <translation>La couche '{0}' n'a pas de champ '{1}' ; choisissez son champ d'attribut ou laissez-le vide pour utiliser la surface.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="72"/>
        <source>The attribute field &apos;{0}&apos; of &apos;{1}&apos; is empty, not a number or negative for the cores {2}; fill in a value of 0 or more for every core.</source>
        <translation>Le champ d'attribut '{0}' de '{1}' est vide, non numérique ou négatif pour les zones cœurs {2} ; saisissez une valeur de 0 ou plus pour chaque zone cœur.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="87"/>
        <source>Least-cost distances need the paths layer of a corridors run (PATHS).</source>
        <translation>Les distances de moindre coût ont besoin de la couche des chemins d'un calcul de corridors (PATHS).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="91"/>
        <source>The paths layer &apos;{0}&apos; has no field {1}; choose the least-cost paths written by &apos;Least-cost corridors between cores&apos;.</source>
        <translation>La couche des chemins '{0}' n'a pas de champ {1} ; choisissez les chemins de moindre coût écrits par « Corridors de moindre coût entre zones cœurs ».</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="108"/>
        <source>The paths layer &apos;{0}&apos; gives the pair {1}-{2} a least-cost distance of {3}; it must be 0 or more.</source>
        <translation>La couche des chemins '{0}' donne à la paire {1}-{2} une distance de moindre coût de {3} ; elle doit être 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="117"/>
        <source>The paths layer &apos;{0}&apos; links cores {1} that are not in &apos;{2}&apos; (field of ids as chosen); use the paths of a corridors run on these cores.</source>
        <translation>La couche des chemins '{0}' relie les zones cœurs {1}, absentes de '{2}' (avec le champ d'identifiants choisi) ; utilisez les chemins d'un calcul de corridors sur ces zones cœurs.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="121"/>
        <source>The paths layer &apos;{0}&apos; holds no link with a least-cost distance; run the corridors first.</source>
        <translation>La couche des chemins '{0}' ne contient aucun lien avec une distance de moindre coût ; calculez d'abord les corridors.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="131"/>
        <source>The region layer &apos;{0}&apos; must hold polygons (the country or landscape).</source>
        <translation>La couche de région '{0}' doit contenir des polygones (le pays ou le paysage).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="133"/>
        <source>The region &apos;{0}&apos; is reprojected from {1} to the cores&apos; CRS {2}.</source>
        <translation>La région '{0}' est reprojetée de {1} vers le SCR des zones cœurs {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="138"/>
        <source>The region layer &apos;{0}&apos; has no area; choose the polygon of the country or landscape.</source>
        <translation>La couche de région '{0}' n'a pas de surface ; choisissez le polygone du pays ou du paysage.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="154"/>
        <source>The field &apos;{0}&apos; of &apos;{1}&apos; is replaced by the computed field of that name.</source>
        <translation>Le champ '{0}' de '{1}' est remplacé par le champ calculé de ce nom.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="25"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos; (the {2}).</source>
        <translation>La couche '{0}' n'a pas de champ '{1}' ({2}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="36"/>
        <source>The field &apos;{0}&apos; of &apos;{1}&apos; (the {2}) is empty, not a number or negative for the cores {3}; fill in a value of 0 or more.</source>
        <translation>Le champ '{0}' de '{1}' ({2}) est vide, non numérique ou négatif pour les zones cœurs {3} ; saisissez une valeur de 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="55"/>
        <source>The cores {0} of &apos;{1}&apos; cover no passable cell of the resistance raster &apos;{2}&apos;, so their mean resistance is unknown; check that the raster covers them.</source>
        <comment>, </comment>
        <translation>Les zones cœurs {0} de '{1}' ne couvrent aucune cellule franchissable du raster de résistance '{2}' : leur résistance moyenne est inconnue ; vérifiez que le raster les couvre.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="66"/>
        <source>The link table &apos;{0}&apos; has no field &apos;{1}&apos;; it needs core_a, core_b and the expert value.</source>
        <translation>La table des liens '{0}' n'a pas de champ '{1}' ; elle a besoin de core_a, core_b et de la valeur d'expert.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="77"/>
        <source>The link table &apos;{0}&apos; has no value in &apos;{1}&apos; for the pairs {2}; give every linked pair a value.</source>
        <translation>La table des liens '{0}' n'a pas de valeur dans '{1}' pour les paires {2} ; donnez une valeur à chaque paire reliée.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="40"/>
        <source>Choose the folder of a corridor run (the cost-distance folder of Least-cost corridors).</source>
        <translation>Choisissez le dossier d'un calcul de corridors (le dossier des distances de coût de Corridors de moindre coût).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="49"/>
        <source>The cost-distance raster {0} does not lie on the grid recorded in {1} (it comes from another raster or run); run Least-cost corridors again into an empty folder.</source>
        <translation>Le raster de distance de coût {0} n'est pas sur la grille enregistrée dans {1} (il vient d'un autre raster ou d'un autre calcul) ; relancez Corridors de moindre coût dans un dossier vide.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="60"/>
        <source>The {0} &apos;{1}&apos; ({2} x {3} cells of {4:g} map units, {5}) is not on the grid of the corridor run in {6} ({7} x {8} cells of {9:g}, {10}): the run was made from another raster. Use the raster of that run, or run the corridors again on this one.</source>
        <translation>Le {0} '{1}' ({2} x {3} cellules de {4:g} unités de carte, {5}) n'est pas sur la grille du calcul de corridors de {6} ({7} x {8} cellules de {9:g}, {10}) : le calcul a été fait sur un autre raster. Utilisez le raster de ce calcul, ou relancez les corridors sur celui-ci.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="70"/>
        <source>The {0} layer could not be opened.</source>
        <translation>La couche {0} n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="290"/>
        <source>lines</source>
        <translation>des lignes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="290"/>
        <source>points</source>
        <translation>des points</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="74"/>
        <source>The {0} layer &apos;{1}&apos; holds {2} geometries; it must hold {3}.</source>
        <translation>La couche {0} '{1}' contient des géométries de type {2} ; elle doit contenir {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="77"/>
        <source>The layer &apos;{0}&apos; has no coordinate reference system; set its CRS (Layer Properties &gt; Source) to the CRS it was made in.</source>
        <translation>La couche '{0}' n'a pas de système de coordonnées de référence ; définissez son SCR (Propriétés de la couche &gt; Source), celui dans lequel elle a été créée.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="95"/>
        <source>Feature {0} of &apos;{1}&apos; has &apos;{2}&apos; in the field &apos;{3}&apos;; give a positive number (the resistance to add) or &apos;impassable&apos;.</source>
        <translation>L'entité {0} de '{1}' contient '{2}' dans le champ '{3}' ; indiquez un nombre positif (la résistance à ajouter) ou 'impassable'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="100"/>
        <source>Feature {0} of &apos;{1}&apos; adds a resistance of {2:g} (field &apos;{3}&apos;); give a positive number or &apos;impassable&apos;.</source>
        <translation>L'entité {0} de '{1}' ajoute une résistance de {2:g} (champ '{3}') ; indiquez un nombre positif ou 'impassable'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="109"/>
        <source>infrastructure</source>
        <translation>d'infrastructure</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="115"/>
        <source>The infrastructure layer &apos;{0}&apos; has no line; choose a layer that holds the roads, railways or fences.</source>
        <translation>La couche d'infrastructure '{0}' ne contient aucune ligne ; choisissez une couche qui contient les routes, voies ferrées ou clôtures.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="128"/>
        <source>No line of &apos;{0}&apos; crosses the resistance raster (after reprojection to its CRS); check the layer&apos;s CRS and extent.</source>
        <translation>Aucune ligne de '{0}' ne traverse le raster de résistance (après reprojection dans son SCR) ; vérifiez le SCR et l'emprise de la couche.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="136"/>
        <source>crossings</source>
        <translation>passages à faune</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_outputs.py" line="34"/>
        <source>{0} cells of {1} exceed the largest value a Float32 raster holds; they are written as NoData.</source>
        <translation>{0} cellules de {1} dépassent la plus grande valeur qu'un raster Float32 peut contenir ; elles sont écrites en NoData.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_outputs.py" line="86"/>
        <source>% of the LCD per map unit</source>
        <translation>% de la LCD par unité de carte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_outputs.py" line="86"/>
        <source>cost units per map unit</source>
        <translation>unités de coût par unité de carte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="332"/>
        <source>0 (no gain)</source>
        <translation>0 (aucun gain)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_outputs.py" line="96"/>
        <source>{0:,.0f} m</source>
        <translation>{0:,.0f} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="282"/>
        <source>Restoration priorities (barriers)</source>
        <translation>Priorités de restauration (obstacles)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="283"/>
        <source>Finds where restoring habitat would shorten the least-cost links between cores most, as Linkage Mapper&apos;s Barrier Mapper does, from the folder a &apos;Least-cost corridors between cores&apos; run kept (advanced parameter &apos;Keep cost-distance rasters in folder&apos;).
For every linked pair and radius r, the tool imagines a disc of radius r around each cell restored to resistance 1. A route could then go from one core to the edge of the disc, straight across it and on to the other core. The improvement score is how much that lowers the pair&apos;s least-cost distance (LCD) per map unit restored: (LCD - cost from core A to the disc&apos;s edge - cost from core B to it - 2r) / 2r. The disc&apos;s edge is a ring one cell wide, exact in map units on any cell size.
Radii: from the minimum to the maximum by the step, in map units (metres). The minimum must be at least the cell size; a step of 0 means one radius (the minimum).
Combine pairs: maximum (the best pair at each cell; negative scores are NoData), sum (negative scores and NoData count as 0), or both. Across radii the highest score is kept, and the radius raster says which radius gave it.
Percent: the score as a percentage of each pair&apos;s LCD (per map unit restored).
Outputs: the score at disc centres, the area to restore (the highest score of any disc covering the cell), the radius, and the top sites as ranked points (pair, score, radius_m, lcd_gain = the LCD drop in cost units, rank). Planners act on the sites.</source>
        <translation>Trouve où la restauration de l'habitat raccourcirait le plus les liaisons de moindre coût entre zones cœurs, comme le Barrier Mapper de Linkage Mapper, à partir du dossier conservé par un calcul 'Corridors de moindre coût entre zones cœurs' (paramètre avancé 'Conserver les rasters de distance de coût dans un dossier').
Pour chaque paire reliée et chaque rayon r, l'outil imagine un disque de rayon r autour de chaque cellule restauré à la résistance 1. Un trajet pourrait alors aller d'une zone cœur au bord du disque, le traverser en ligne droite et rejoindre l'autre zone cœur. Le score d'amélioration est la baisse de la distance de moindre coût (LCD) de la paire par unité de carte restaurée : (LCD - coût de la zone cœur A au bord du disque - coût de la zone cœur B jusqu'à lui - 2r) / 2r. Le bord du disque est un anneau d'une cellule de large, exact en unités de carte quelle que soit la taille de cellule.
Rayons : du minimum au maximum par pas, en unités de carte (mètres). Le minimum doit valoir au moins la taille de cellule ; un pas de 0 signifie un seul rayon (le minimum).
Combiner les paires : maximum (la meilleure paire dans chaque cellule ; les scores négatifs sont NoData), somme (les scores négatifs et NoData comptent pour 0), ou les deux. Entre rayons, le score le plus élevé est gardé, et le raster des rayons indique quel rayon l'a donné.
Pourcentage : le score en pourcentage de la LCD de chaque paire (par unité de carte restaurée).
Sorties : le score au centre des disques, la zone à restaurer (le score le plus élevé de tout disque couvrant la cellule), le rayon, et les meilleurs sites en points classés (pair, score, radius_m, lcd_gain = la baisse de la LCD en unités de coût, rank). Les planificateurs agissent sur les sites.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="291"/>
        <source>Infrastructure crossing priorities</source>
        <translation>Priorités de franchissement des infrastructures</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="292"/>
        <source>Measures how much linear infrastructure (roads, railways, canals, fences) raises the cost of each corridor of a kept &apos;Least-cost corridors between cores&apos; run, and where a crossing structure (underpass, overpass) would win most of it back.
Infrastructure: lines. The optional resistance field gives the resistance each line adds to the cells it touches (a positive number) or the text &apos;impassable&apos;; without the field, or where it is empty, the lines cannot be crossed. Lines in another CRS are reprojected to the run&apos;s grid.
Existing crossings (optional): points of underpasses and overpasses; the infrastructure stays permeable within one cell of each point.
Current (optional): the raster of &apos;Pinch points&apos; on the same grid; each crossing gets the highest current along its stretch.
Resistance (advanced): the resistance raster of the corridor run; by default the file the run recorded.
For each linked pair whose corridor the infrastructure crosses, one point per crossing stretch (the infrastructure cells inside the corridor that touch each other), placed where the stretch is nearest the least-cost path, with: severance_cost = how much the pair&apos;s least-cost distance (LCD) rises with the infrastructure burned in; keep_open_gain = how much of that a crossing structure at this stretch wins back (the pair is run again with only this stretch open); current; corridor_value = the corridor value at the point (0 on the least-cost path); rank (1 = build first). A pair the infrastructure cuts off has &apos;severed&apos; set and an empty severance_cost and keep_open_gain; &apos;reconnects&apos; marks the stretches whose crossing alone would reconnect it (they rank first). Each pair is run only inside its corridor&apos;s box unless the infrastructure pushes its route out of the corridor.</source>
        <translation>Mesure de combien les infrastructures linéaires (routes, voies ferrées, canaux, clôtures) augmentent le coût de chaque corridor d'un calcul conservé 'Corridors de moindre coût entre zones cœurs', et où un passage à faune (passage inférieur, passage supérieur) en regagnerait le plus.
Infrastructure : lignes. Le champ de résistance facultatif donne la résistance que chaque ligne ajoute aux cellules qu'elle touche (un nombre positif) ou le texte 'impassable' ; sans champ, ou là où il est vide, les lignes sont infranchissables. Les lignes dans un autre SCR sont reprojetées sur la grille du calcul.
Passages existants (facultatif) : points des passages inférieurs et supérieurs ; l'infrastructure reste perméable à une cellule de chaque point.
Courant (facultatif) : le raster de 'Goulots d'étranglement' sur la même grille ; chaque franchissement reçoit le courant le plus élevé le long de son tronçon.
Résistance (avancé) : le raster de résistance du calcul de corridors ; par défaut le fichier enregistré par le calcul.
Pour chaque paire reliée dont le corridor est traversé par l'infrastructure, un point par tronçon de franchissement (les cellules d'infrastructure du corridor qui se touchent), placé là où le tronçon est le plus près du chemin de moindre coût, avec : severance_cost = la hausse de la distance de moindre coût (LCD) de la paire avec l'infrastructure intégrée ; keep_open_gain = la part de cette hausse qu'un passage à faune sur ce tronçon regagne (la paire est recalculée avec seulement ce tronçon ouvert) ; current ; corridor_value = la valeur du corridor au point (0 sur le chemin de moindre coût) ; rank (1 = à construire en premier). Une paire coupée par l'infrastructure a 'severed' coché et severance_cost et keep_open_gain vides ; 'reconnects' marque les tronçons dont le franchissement suffirait à la reconnecter (ils sont classés en premier). Chaque paire n'est calculée que dans le rectangle de son corridor, sauf si l'infrastructure fait sortir son trajet du corridor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="300"/>
        <source>Linkage priority</source>
        <translation>Priorité des liaisons</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="301"/>
        <source>Ranks the corridors of a corridors run, as Linkage Mapper&apos;s Linkage Priority tool does, and maps a blended priority raster.
Run folder: the folder kept by &apos;Least-cost corridors between cores&apos; (advanced parameter &apos;Keep cost-distance rasters in folder&apos;). Cores and resistance: the layers of that run.
Core area value (per core): a weighted sum of the mean resistance inside the core (inverted: low resistance scores high), the area, the area/perimeter ratio, an optional expert value and an optional current-flow centrality field (for example cf_centrality from &apos;Core network connectivity&apos;), each divided by its maximum; then rescaled from 0 (lowest) to 1 (highest) as norm_cav.
Per link: rel_close = 1 for the shortest path and 0 for the longest (path length); rel_perm = 1 for the lowest and 0 for the highest mean resistance along the path (lcd_per_path); csp = the weighted sum of rel_close, rel_perm, the mean norm_cav of the two cores and an optional expert value per pair (from a table with core_a, core_b and the value, rescaled 0 to 1); csp_norm = csp divided by the highest csp. When all links have the same value, the rescaled value is 1.
Blended priority raster: in each corridor, the truncation weight times the corridor&apos;s normalised value inverted (1 on the least-cost path, 0 at the run&apos;s width cutoff, or at the corridor&apos;s largest value when the run had no cutoff) plus the CSP weight times the corridor&apos;s csp_norm; where corridors overlap, the highest value.
Weights default to Linkage Mapper&apos;s demo: core value 0.33 resistance, 0.33 size, 0.34 area/perimeter; link 0.33 closeness, 0.33 permeability, 0.34 core value; blend 0.5 and 0.5. A weight above 0 for an expert value or centrality needs its field.</source>
        <translation>Classe les corridors d'un calcul de corridors, comme l'outil Linkage Priority de Linkage Mapper, et cartographie un raster de priorité combinée.
Dossier du calcul : le dossier conservé par « Corridors de moindre coût entre zones cœurs » (paramètre avancé « Conserver les rasters de distance de coût dans un dossier »). Zones cœurs et résistance : les couches de ce calcul.
Valeur de zone cœur (par zone cœur) : une somme pondérée de la résistance moyenne dans la zone cœur (inversée : une faible résistance donne un score élevé), de la surface, du rapport surface/périmètre, d'une valeur d'expert facultative et d'un champ facultatif de centralité de flux de courant (par exemple cf_centrality de « Connectivité du réseau de zones cœurs »), chacun divisé par son maximum ; puis remise à l'échelle de 0 (la plus faible) à 1 (la plus forte) dans norm_cav.
Par lien : rel_close = 1 pour le chemin le plus court et 0 pour le plus long (longueur du chemin) ; rel_perm = 1 pour la plus faible et 0 pour la plus forte résistance moyenne le long du chemin (lcd_per_path) ; csp = la somme pondérée de rel_close, rel_perm, du norm_cav moyen des deux zones cœurs et d'une valeur d'expert facultative par paire (d'une table avec core_a, core_b et la valeur, remise à l'échelle de 0 à 1) ; csp_norm = csp divisé par le plus grand csp. Quand tous les liens ont la même valeur, la valeur remise à l'échelle est 1.
Raster de priorité combinée : dans chaque corridor, le poids du corridor multiplié par la valeur normalisée du corridor inversée (1 sur le chemin de moindre coût, 0 au seuil de largeur du calcul, ou à la plus grande valeur du corridor quand le calcul n'avait pas de seuil) plus le poids CSP multiplié par le csp_norm du corridor ; là où des corridors se recouvrent, la valeur la plus haute.
Les poids par défaut sont ceux de la démo de Linkage Mapper : valeur de zone cœur 0.33 résistance, 0.33 taille, 0.34 surface/périmètre ; lien 0.33 proximité, 0.33 perméabilité, 0.34 valeur de zone cœur ; combinaison 0.5 et 0.5. Un poids supérieur à 0 pour une valeur d'expert ou la centralité exige son champ.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="302"/>
        <source>Core network connectivity (PC, dPC, ProtConn, centrality)</source>
        <translation>Connectivité du réseau de zones cœurs (PC, dPC, ProtConn, centralité)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="303"/>
        <source>Measures how well the core areas form a connected network, as Conefor and Linkage Mapper&apos;s Centrality Mapper do, and which cores and links matter most.
Links: with Euclidean distances, every pair of cores up to the distance threshold (edge to edge, in metres); with least-cost distances, the pairs of the paths layer of a corridors run (fields core_a, core_b, lcd), in cost units (then the dispersal distance and the threshold are in cost units too).
Dispersal: the probability of moving between two cores falls with distance, p = exp(-k d), and equals the given probability at the dispersal distance. Between cores with no direct link, the best chain of links counts (the maximum product of probabilities, p*).
PC (probability of connectivity) = sum of a_i a_j p*_ij / A_L^2; EC (equivalent connected area) = the square root of that sum, in the attribute&apos;s unit (hectares by default); IIC counts the links between cores at most the threshold apart. A_L is the region&apos;s area in hectares when a region is given, otherwise the sum of the attributes (then PC is 1 for a network whose cores are fully connected).
Per core: dPC = the percentage of PC lost without the core, split into dPC_intra (its own area), dPC_flux (dispersal from and to it) and dPC_connector (its role as a stepping stone for others), as in Saura and Rubio 2010; dIIC the same for IIC; component = the group of cores linked up to the threshold. Per link: p and dPC_link = the percentage of PC lost without the link.
cf_centrality: Circuitscape&apos;s network mode on the links (resistance = the link&apos;s distance; every pair of linked cores carries 1 A): a link&apos;s total current over all pairs, and a core&apos;s total current, which includes the 1 A of each pair that the core ends, as Linkage Mapper&apos;s Centrality Mapper counts it.
ProtConn (with a region; Saura et al. 2017): the percentage of the region that is protected and connected. Prot = protected percentage, ProtUnconn = Prot - ProtConn, and the parts of ProtConn in percent: Within (inside single cores), Contig (across touching cores), Unprot (through unprotected land) and Trans (through cores outside the region). Only the cores&apos; area inside the region counts; cores wholly outside the region count as stepping stones with no area (that is the Trans part). Protected areas beyond the region that are not in the cores layer are not known to the tool, so include neighbouring areas in the cores layer for a complete Trans part. ProtConn always uses areas in hectares, whatever the attribute field.</source>
        <translation>Mesure dans quelle mesure les zones cœurs forment un réseau connecté, comme Conefor et Centrality Mapper de Linkage Mapper, et quels zones cœurs et liens comptent le plus.
Liens : avec des distances euclidiennes, chaque paire de zones cœurs jusqu'au seuil de distance (de bord à bord, en mètres) ; avec des distances de moindre coût, les paires de la couche des chemins d'un calcul de corridors (champs core_a, core_b, lcd), en unités de coût (la distance de dispersion et le seuil sont alors aussi en unités de coût).
Dispersion : la probabilité de se déplacer entre deux zones cœurs décroît avec la distance, p = exp(-k d), et vaut la probabilité donnée à la distance de dispersion. Entre zones cœurs sans lien direct, c'est la meilleure chaîne de liens qui compte (le produit maximal des probabilités, p*).
PC (probabilité de connectivité) = somme de a_i a_j p*_ij / A_L^2 ; EC (surface connectée équivalente) = la racine carrée de cette somme, dans l'unité de l'attribut (hectares par défaut) ; IIC compte les liens entre zones cœurs distantes au plus du seuil. A_L est la surface de la région en hectares quand une région est donnée, sinon la somme des attributs (PC vaut alors 1 pour un réseau dont les zones cœurs sont entièrement connectées).
Par zone cœur : dPC = le pourcentage de PC perdu sans la zone cœur, réparti en dPC_intra (sa propre surface), dPC_flux (la dispersion depuis et vers elle) et dPC_connector (son rôle de pas japonais pour les autres), comme dans Saura et Rubio 2010 ; dIIC de même pour IIC ; component = le groupe de zones cœurs reliées jusqu'au seuil. Par lien : p et dPC_link = le pourcentage de PC perdu sans le lien.
cf_centrality : le mode réseau de Circuitscape sur les liens (résistance = la distance du lien ; chaque paire de zones cœurs reliées porte 1 A) : pour un lien, son courant total sur toutes les paires, et pour une zone cœur, son courant total, qui inclut le 1 A de chaque paire dont la zone cœur est une extrémité, comme le compte Centrality Mapper de Linkage Mapper.
ProtConn (avec une région ; Saura et al. 2017) : le pourcentage de la région qui est protégé et connecté. Prot = pourcentage protégé, ProtUnconn = Prot - ProtConn, et les parts de ProtConn en pourcentage : Within (à l'intérieur de zones cœurs isolées), Contig (à travers des zones cœurs contiguës), Unprot (à travers des terres non protégées) et Trans (à travers des zones cœurs hors de la région). Seule compte la surface des zones cœurs dans la région ; les zones cœurs entièrement hors de la région comptent comme pas japonais sans surface (c'est la part Trans). L'outil ne connaît pas les aires protégées au-delà de la région absentes de la couche des zones cœurs : incluez les aires voisines dans cette couche pour une part Trans complète. ProtConn utilise toujours des surfaces en hectares, quel que soit le champ d'attribut.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="325"/>
        <source>ranks 1 to 3</source>
        <translation>rangs 1 à 3</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="326"/>
        <source>ranks 4 to 10</source>
        <translation>rangs 4 à 10</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="327"/>
        <source>rank 11 and below</source>
        <translation>rang 11 et au-delà</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="330"/>
        <source>smallest radius</source>
        <translation>plus petit rayon</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="331"/>
        <source>largest radius</source>
        <translation>plus grand rayon</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="333"/>
        <source>highest gain</source>
        <translation>gain le plus élevé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="62"/>
        <source>Minimum radius, m</source>
        <translation>Rayon minimal, m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="62"/>
        <source>Maximum radius, m</source>
        <translation>Rayon maximal, m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="62"/>
        <source>Radius step, m (0 = the minimum radius only)</source>
        <translation>Pas du rayon, m (0 = le rayon minimal seulement)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="67"/>
        <source>Combine pairs</source>
        <translation>Combiner les paires</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="67"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="67"/>
        <source>Sum</source>
        <translation>Somme</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="67"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="69"/>
        <source>Score as % of each pair&apos;s LCD</source>
        <translation>Score en % de la LCD de chaque paire</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="70"/>
        <source>Number of sites</source>
        <translation>Nombre de sites</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="74"/>
        <source>Restoration score (disc centres)</source>
        <translation>Score de restauration (centres des disques)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="76"/>
        <source>Restoration score, summed over pairs (when combining both)</source>
        <translation>Score de restauration sommé sur les paires (en combinant les deux)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="79"/>
        <source>Restoration score (area to restore)</source>
        <translation>Score de restauration (zone à restaurer)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="81"/>
        <source>Best radius</source>
        <translation>Meilleur rayon</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="144"/>
        <source>Restoration sites</source>
        <translation>Sites de restauration</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="118"/>
        <source>The radius step is 0: one radius, {0:g} m, is used.</source>
        <translation>Le pas du rayon vaut 0 : un seul rayon est utilisé, {0:g} m.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="120"/>
        <source>{0} linked pairs, {1} radii ({2}) on a grid of {3} x {4} cells.</source>
        <translation>{0} paires reliées, {1} rayons ({2}) sur une grille de {3} x {4} cellules.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="133"/>
        <source>Restoration priorities from {0}: {1} pairs, radii {2} m, {3} sites.</source>
        <translation>Priorités de restauration à partir de {0} : {1} paires, rayons {2} m, {3} sites.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="136"/>
        <source>Restoration score</source>
        <translation>Score de restauration</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="136"/>
        <source>Area to restore</source>
        <translation>Zone à restaurer</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="136"/>
        <source>Restoration score (sum)</source>
        <translation>Score de restauration (somme)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="142"/>
        <source>Best restoration radius</source>
        <translation>Meilleur rayon de restauration</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="147"/>
        <source>Site {0}: score {1:.4g}, radius {2:g} m, LCD gain {3:,.0f} ({4}).</source>
        <translation>Site {0} : score {1:.4g}, rayon {2:g} m, gain de LCD {3:,.0f} ({4}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="60"/>
        <source>Infrastructure (roads, railways, fences: lines)</source>
        <translation>Infrastructure (routes, voies ferrées, clôtures : lignes)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="62"/>
        <source>Resistance added (field: a number or &apos;impassable&apos;; none = impassable)</source>
        <translation>Résistance ajoutée (champ : un nombre ou 'impassable' ; aucun = infranchissable)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="67"/>
        <source>Existing crossings (underpasses, overpasses: points)</source>
        <translation>Passages existants (passages inférieurs, supérieurs : points)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="70"/>
        <source>Current (from Pinch points)</source>
        <translation>Courant (de Goulots d'étranglement)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="72"/>
        <source>Resistance raster of the run (default: the one the run recorded)</source>
        <translation>Raster de résistance du calcul (par défaut : celui enregistré par le calcul)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="187"/>
        <source>Infrastructure crossings</source>
        <translation>Franchissements d'infrastructures</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="94"/>
        <source>The corridor run in {0} does not name a resistance raster that exists ({1}); give the run&apos;s resistance raster in the Resistance parameter.</source>
        <translation>Le calcul de corridors de {0} ne nomme pas de raster de résistance existant ({1}) ; indiquez le raster de résistance du calcul dans le paramètre Résistance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="98"/>
        <source>The resistance raster {0} that the corridor run in {1} used cannot be opened; give it in the Resistance parameter.</source>
        <translation>Le raster de résistance {0} utilisé par le calcul de corridors de {1} ne peut pas être ouvert ; indiquez-le dans le paramètre Résistance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="126"/>
        <source>Choose an infrastructure layer (lines).</source>
        <translation>Choisissez une couche d'infrastructure (lignes).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="133"/>
        <source>resistance raster</source>
        <translation>raster de résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="137"/>
        <source>current raster</source>
        <translation>raster de courant</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="142"/>
        <source>The layer &apos;{0}&apos; is reprojected from {1} to the run&apos;s CRS {2}.</source>
        <translation>La couche '{0}' est reprojetée de {1} vers le SCR du calcul {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="146"/>
        <source>{0} lines of &apos;{1}&apos; burned into {2} cells ({3} impassable).</source>
        <translation>{0} lignes de '{1}' intégrées dans {2} cellules ({3} infranchissables).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="151"/>
        <source>{0} existing crossings keep the infrastructure open.</source>
        <translation>{0} passages existants gardent l'infrastructure ouverte.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="153"/>
        <source>{0} points of &apos;{1}&apos; lie more than one cell from any infrastructure line and were ignored.</source>
        <translation>{0} points de '{1}' sont à plus d'une cellule de toute ligne d'infrastructure et ont été ignorés.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="164"/>
        <source>Pair {0} of {1}: cores {2} and {3}</source>
        <translation>Paire {0} sur {1} : zones cœurs {2} et {3}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="175"/>
        <source>Cores {0} and {1}: the infrastructure cuts them off (LCD {2:,.0f} without it).</source>
        <translation>Zones cœurs {0} et {1} : l'infrastructure les sépare (LCD {2:,.0f} sans elle).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="178"/>
        <source>Cores {0} and {1}: LCD {2:,.0f} -&gt; {3:,.0f} with the infrastructure, {4} crossing stretches.</source>
        <translation>Zones cœurs {0} et {1} : LCD {2:,.0f} -&gt; {3:,.0f} avec l'infrastructure, {4} tronçons de franchissement.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="182"/>
        <source>The infrastructure crosses no corridor of the run: the output has no point.</source>
        <translation>L'infrastructure ne traverse aucun corridor du calcul : la sortie n'a aucun point.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="185"/>
        <source>Infrastructure crossings of {0} on the corridors of {1}: {2} stretches in {3} pairs.</source>
        <translation>Franchissements de {0} sur les corridors de {1} : {2} tronçons dans {3} paires.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="75"/>
        <source>Expert core value field</source>
        <translation>Champ de valeur d'expert de la zone cœur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="78"/>
        <source>Current-flow centrality field (e.g. cf_centrality)</source>
        <translation>Champ de centralité de flux de courant (p. ex. cf_centrality)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="81"/>
        <source>Expert link values (table with core_a, core_b)</source>
        <translation>Valeurs d'expert des liens (table avec core_a, core_b)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="84"/>
        <source>Expert link value field</source>
        <translation>Champ de valeur d'expert du lien</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="88"/>
        <source>Core value weight: low resistance</source>
        <translation>Poids de la valeur de zone cœur : faible résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="88"/>
        <source>Core value weight: area</source>
        <translation>Poids de la valeur de zone cœur : surface</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="89"/>
        <source>Core value weight: area/perimeter</source>
        <translation>Poids de la valeur de zone cœur : surface/périmètre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="90"/>
        <source>Core value weight: expert value</source>
        <translation>Poids de la valeur de zone cœur : valeur d'expert</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="91"/>
        <source>Core value weight: centrality</source>
        <translation>Poids de la valeur de zone cœur : centralité</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="92"/>
        <source>Link weight: closeness</source>
        <translation>Poids du lien : proximité</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="92"/>
        <source>Link weight: permeability</source>
        <translation>Poids du lien : perméabilité</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="93"/>
        <source>Link weight: core value</source>
        <translation>Poids du lien : valeur de zone cœur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="93"/>
        <source>Link weight: expert value</source>
        <translation>Poids du lien : valeur d'expert</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="94"/>
        <source>Blend weight: corridor</source>
        <translation>Poids de la combinaison : corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="94"/>
        <source>Blend weight: link priority (csp)</source>
        <translation>Poids de la combinaison : priorité du lien (csp)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="195"/>
        <source>Linkage priority links</source>
        <translation>Liens avec priorité</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="198"/>
        <source>Core area values</source>
        <translation>Valeurs des zones cœurs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="200"/>
        <source>Blended priority</source>
        <translation>Priorité combinée</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="143"/>
        <source>The corridor run in {0} links no pair of cores; there is nothing to rank.</source>
        <translation>Le calcul de corridors dans {0} ne relie aucune paire de zones cœurs ; il n'y a rien à classer.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="147"/>
        <source>The corridor run in {0} links cores {1} that are not in &apos;{2}&apos;; choose the cores layer and id field of that run.</source>
        <translation>Le calcul de corridors dans {0} relie les zones cœurs {1}, absentes de '{2}' ; choisissez la couche des zones cœurs et le champ d'identifiant de ce calcul.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="165"/>
        <source>expert core value</source>
        <translation>valeur d'expert de la zone cœur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="165"/>
        <source>current-flow centrality</source>
        <translation>centralité de flux de courant</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="155"/>
        <source>expert link value</source>
        <translation>valeur d'expert du lien</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="160"/>
        <source>The weight of the {0} is above 0 but no field is given for it; choose the field or set the weight to 0.</source>
        <translation>Le poids de {0} est supérieur à 0 mais aucun champ n'est donné ; choisissez le champ ou mettez le poids à 0.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="193"/>
        <source>Linkage priority of {0} corridors from {1}; the highest csp is cores {2} and {3}.</source>
        <translation>Priorité de {0} corridors de {1} ; le csp le plus élevé est celui des zones cœurs {2} et {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="70"/>
        <source>Attribute field (empty = area in hectares)</source>
        <translation>Champ d'attribut (vide = surface en hectares)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="73"/>
        <source>Distance between cores</source>
        <translation>Distance entre zones cœurs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="73"/>
        <source>Euclidean, edge to edge</source>
        <translation>Euclidienne, de bord à bord</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="73"/>
        <source>Least-cost distance (paths of a corridors run)</source>
        <translation>Distance de moindre coût (chemins d'un calcul de corridors)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="76"/>
        <source>Least-cost paths of a corridors run (core_a, core_b, lcd)</source>
        <translation>Chemins de moindre coût d'un calcul de corridors (core_a, core_b, lcd)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="79"/>
        <source>Dispersal distance (m, or cost units with least-cost distances)</source>
        <translation>Distance de dispersion (m, ou unités de coût avec les distances de moindre coût)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="82"/>
        <source>Probability of dispersal at that distance</source>
        <translation>Probabilité de dispersion à cette distance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="85"/>
        <source>Distance threshold for links and IIC (same unit as the dispersal distance)</source>
        <translation>Seuil de distance pour les liens et l'IIC (même unité que la distance de dispersion)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="88"/>
        <source>Region for ProtConn (country or landscape polygon)</source>
        <translation>Région pour ProtConn (polygone du pays ou du paysage)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="155"/>
        <source>Cores with dPC</source>
        <translation>Zones cœurs avec dPC</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="157"/>
        <source>Network links</source>
        <translation>Liens du réseau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="159"/>
        <source>Network summary</source>
        <translation>Résumé du réseau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="97"/>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="97"/>
        <source>EC</source>
        <translation>EC</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="97"/>
        <source>IIC</source>
        <translation>IIC</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="97"/>
        <source>ProtConn</source>
        <translation>ProtConn</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="139"/>
        <source>Cores wholly outside the region (stepping stones with no area for ProtConn): {0}.</source>
        <comment>, </comment>
        <translation>Zones cœurs entièrement hors de la région (pas japonais sans surface pour ProtConn) : {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="142"/>
        <source>No pair of cores is within the distance threshold: the network has no links, and every core is its own component.</source>
        <translation>Aucune paire de zones cœurs n'est dans le seuil de distance : le réseau n'a pas de liens et chaque zone cœur est sa propre composante.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="149"/>
        <source>Core network: PC {0:.6g}, EC {1:.6g}, IIC {2:.6g}, {3} components, {4} links.</source>
        <translation>Réseau de zones cœurs : PC {0:.6g}, EC {1:.6g}, IIC {2:.6g}, {3} composantes, {4} liens.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="153"/>
        <source>ProtConn {0:.3f} % (Prot {1:.3f} %).</source>
        <translation>ProtConn {0:.3f} % (Prot {1:.3f} %).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/circuit.py" line="24"/>
        <source>no pinch-point (current) raster</source>
        <translation>pas de raster de points d'étranglement (courant)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/circuit.py" line="35"/>
        <source>raster &apos;{0}&apos; has no current inside the corridor</source>
        <translation>le raster '{0}' n'a pas de courant dans le corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/circuit.py" line="43"/>
        <source>Highest current {0} A ({1} % of the 1 A between the cores) at {2:.0f}, {3:.0f}; corridor median {4} A</source>
        <translation>Courant le plus fort {0} A ({1} % du 1 A entre les zones cœurs) à {2:.0f}, {3:.0f} ; médiane du corridor {4} A</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="176"/>
        <source>Pinch points (current)</source>
        <translation>Points d'étranglement (courant)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/pinch.py" line="111"/>
        <source>Current in candidate corridors</source>
        <translation>Courant dans les corridors candidats</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/pinch.py" line="114"/>
        <source>1 A between the two cores of each candidate corridor, inside the corridor (circuit theory).</source>
        <translation>1 A entre les deux zones cœurs de chaque corridor candidat, dans le corridor (théorie des circuits).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="179"/>
        <source>Pinch points (circuit theory)</source>
        <translation>Points d'étranglement (théorie des circuits)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="41"/>
        <source>Pinch point current (circuit theory)</source>
        <translation>Courant aux points d'étranglement (théorie des circuits)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="80"/>
        <source>Highest current in the corridor per 1 A between its cores, from a ccsg:pinchpoints raster, after Linkage Mapper&apos;s Pinchpoint Mapper (McRae 2012) [R]; 0.5 is [I] design default of this plugin</source>
        <translation>Courant le plus fort du corridor pour 1 A entre ses zones cœurs, d'un raster de ccsg:pinchpoints, d'après le Pinchpoint Mapper de Linkage Mapper (McRae 2012) [R] ; 0,5 est [I] valeur par défaut de conception de cette extension</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="178"/>
        <source>Pinch points: current raster from ccsg:pinchpoints (1 A between each pair of cores)</source>
        <translation>Points d'étranglement : raster de courant de ccsg:pinchpoints (1 A entre chaque paire de zones cœurs)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/climate_pairs.py" line="26"/>
        <source>Core {0} has no cell with a climate value; check that the climate raster covers it.</source>
        <translation>La zone cœur {0} n'a aucune cellule avec une valeur climatique ; vérifiez que le raster climatique la couvre.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/climate_pairs.py" line="35"/>
        <source>The climate threshold must be 0 (no climate rule) or positive, not {0}.</source>
        <translation>Le seuil climatique doit être 0 (pas de règle climatique) ou positif, pas {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/climate_pairs.py" line="48"/>
        <source>No pair of cores differs in climate (mean - 2 SD) by more than {0:g}; the largest difference is {1:g}. Lower the climate threshold.</source>
        <translation>Aucune paire de zones cœurs ne diffère en climat (moyenne - 2 ET) de plus de {0:g} ; la plus grande différence est {1:g}. Abaissez le seuil climatique.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/edge_costs.py" line="58"/>
        <source>The climate cost must be 0 or positive (cost units per climate unit), not {0}.</source>
        <translation>Le coût climatique doit être 0 ou positif (unités de coût par unité climatique), pas {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="447"/>
        <source>A climate cost or climate threshold needs a climate raster.</source>
        <translation>Un coût climatique ou un seuil climatique nécessite un raster climatique.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="459"/>
        <source>The climate grid does not match the resistance grid&apos;s shape.</source>
        <translation>La grille climatique ne correspond pas à la forme de la grille de résistance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/edge_costs.py" line="62"/>
        <source>A climate cost needs a climate grid.</source>
        <translation>Un coût climatique nécessite une grille climatique.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/edge_costs.py" line="66"/>
        <source>The climate grid has shape {0} but the resistance grid has shape {1}.</source>
        <translation>La grille climatique a la forme {0}, mais la grille de résistance a la forme {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/pairs.py" line="22"/>
        <source>The minimum Euclidean distance must be 0 (none) or positive, not {0}.</source>
        <translation>La distance euclidienne minimale doit être 0 (aucune) ou positive, pas {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/pairs.py" line="24"/>
        <source>The minimum Euclidean distance ({0:g}) is larger than the maximum ({1:g}); no pair can be linked.</source>
        <translation>La distance euclidienne minimale ({0:g}) est supérieure à la maximale ({1:g}) ; aucune paire ne peut être reliée.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="46"/>
        <source>The barriers {0} have a passability outside 0..1 (first: {1}); passability is the share of fish that get past (0 = closed, 1 = fully open): correct those values.</source>
        <translation>Les obstacles {0} ont une franchissabilité hors de 0..1 (premier : {1}) ; la franchissabilité est la part des poissons qui passent (0 = fermé, 1 = entièrement ouvert) : corrigez ces valeurs.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="70"/>
        <source>The river layer has no lines; choose a layer of river lines.</source>
        <translation>La couche de cours d'eau n'a aucune ligne ; choisissez une couche de lignes de cours d'eau.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="72"/>
        <source>The snap tolerance must be 0 or more map units, not {0}.</source>
        <translation>La tolérance d'accrochage doit être de 0 unité de carte ou plus, pas {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="78"/>
        <source>The river lines {0} have no habitat weight or a negative one; give every line a weight of 0 or more, or run without a weight field.</source>
        <translation>Les lignes de cours d'eau {0} n'ont pas de poids d'habitat ou un poids négatif ; donnez à chaque ligne un poids de 0 ou plus, ou lancez sans champ de poids.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="92"/>
        <source>The outlet point is {0} map units from the nearest river line, more than the snap tolerance ({1}); move it onto the river mouth or raise the tolerance.</source>
        <translation>Le point d'exutoire est à {0} unités de carte de la ligne de cours d'eau la plus proche, plus que la tolérance d'accrochage ({1}) ; placez-le sur l'embouchure ou augmentez la tolérance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="98"/>
        <source>Two outlet points lie on the same river network; keep one outlet per network.</source>
        <translation>Deux points d'exutoire sont sur le même réseau de cours d'eau ; gardez un exutoire par réseau.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="108"/>
        <source>No outlet found for the river network of lines {0}: {1} end points have no outgoing line (exactly one is needed when the lines are digitised downstream). Give an OUTLET point at the river mouth, or flip the lines that point upstream.</source>
        <translation>Aucun exutoire trouvé pour le réseau de cours d'eau des lignes {0} : {1} extrémités n'ont pas de ligne sortante (il en faut exactement une quand les lignes sont numérisées vers l'aval). Donnez un point OUTLET à l'embouchure, ou inversez les lignes orientées vers l'amont.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="114"/>
        <source>The rivers form {0} separate networks (their end points are farther apart than the snap tolerance); the DCI is computed for each network on its own, as in Cote et al. (2009): see the summary table, one row per network. Lengths: {1}.</source>
        <translation>Les cours d'eau forment {0} réseaux séparés (leurs extrémités sont plus éloignées que la tolérance d'accrochage) ; le DCI est calculé pour chaque réseau séparément, comme dans Cote et al. (2009) : voir la table de résumé, une ligne par réseau. Longueurs : {1}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="151"/>
        <source>{0} barrier(s) lie farther from the rivers than the snap tolerance ({1}) and are not used: {2}. They are kept in the barrier output with used = 0.</source>
        <translation>
            <numerusform>{0} obstacle est plus loin des cours d'eau que la tolérance d'accrochage ({1}) et n'est pas utilisé : {2}. Il est gardé dans la sortie des obstacles avec used = 0.</numerusform>
            <numerusform>{0} obstacles sont plus loin des cours d'eau que la tolérance d'accrochage ({1}) et ne sont pas utilisés : {2}. Ils sont gardés dans la sortie des obstacles avec used = 0.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/climate_input.py" line="47"/>
        <source>The climate raster &apos;{0}&apos; could not be resampled to the resistance grid ({1}); warp it to the resistance raster&apos;s grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>Le raster climatique '{0}' n'a pas pu être rééchantillonné sur la grille de résistance ({1}) ; reprojetez-le d'abord sur la grille du raster de résistance (Raster &gt; Projections &gt; Projection (warp)).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/climate_input.py" line="66"/>
        <source>The climate raster &apos;{0}&apos; is not on the resistance raster&apos;s grid (cells of {1:g} x {2:g} in {3}, the resistance has {4:g} x {5:g} in {6}); it was resampled to the resistance grid (bilinear). Warp it to the resistance grid yourself to control the resampling.</source>
        <translation>Le raster climatique '{0}' n'est pas sur la grille du raster de résistance (cellules de {1:g} x {2:g} en {3} ; la résistance a {4:g} x {5:g} en {6}) ; il a été rééchantillonné sur la grille de résistance (bilinéaire). Reprojetez-le vous-même sur la grille de résistance pour maîtriser le rééchantillonnage.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/climate_input.py" line="73"/>
        <source>The climate raster &apos;{0}&apos; has no value over the resistance raster&apos;s valid cells; check that both cover the same area.</source>
        <translation>Le raster climatique '{0}' n'a aucune valeur sur les cellules valides du raster de résistance ; vérifiez que les deux couvrent la même zone.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/climate_input.py" line="77"/>
        <source>{0} cells of the resistance raster have no value in the climate raster &apos;{1}&apos; (NoData or outside it); they are treated as impassable. Fill them (e.g. Fill NoData) if animals can cross them.</source>
        <translation>{0} cellules du raster de résistance n'ont pas de valeur dans le raster climatique '{1}' (NoData ou en dehors) ; elles sont traitées comme infranchissables. Remplissez-les (p. ex. Remplir les NoData) si les animaux peuvent les traverser.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="28"/>
        <source>The rivers layer &apos;{0}&apos; holds {1} features; choose a layer of river lines.</source>
        <translation>La couche de cours d'eau '{0}' contient des entités de type {1} ; choisissez une couche de lignes de cours d'eau.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="31"/>
        <source>The rivers layer &apos;{0}&apos; has no field &apos;{1}&apos;; choose its habitat weight field.</source>
        <translation>La couche de cours d'eau '{0}' n'a pas de champ '{1}' ; choisissez son champ de poids d'habitat.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="43"/>
        <source>The rivers layer &apos;{0}&apos; has no lines with a geometry.</source>
        <translation>La couche de cours d'eau '{0}' n'a aucune ligne avec une géométrie.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="50"/>
        <source>The layer &apos;{0}&apos; holds {1} features; it must hold points.</source>
        <translation>La couche '{0}' contient des entités de type {1} ; elle doit contenir des points.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="53"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos;; choose its passability field.</source>
        <translation>La couche '{0}' n'a pas de champ '{1}' ; choisissez son champ de franchissabilité.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="77"/>
        <source>DCI: chance that fish can move between two points of the river (100 = no barrier); c_outlet: passability from the section to the outlet</source>
        <translation>DCI : probabilité que les poissons circulent entre deux points de la rivière (100 = aucun obstacle) ; c_outlet : franchissabilité du tronçon jusqu'à l'exutoire</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="90"/>
        <source>dDCI: DCI points gained if this barrier alone is made fully passable</source>
        <translation>dDCI : points de DCI gagnés si cet obstacle seul devient entièrement franchissable</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="297"/>
        <source>Maps least-cost corridors between core areas, as Linkage Mapper&apos;s Linkage Pathways does.
For each pair of cores the tool computes the cost of the cheapest route (the least-cost distance, LCD) and, for every cell, how much more it costs to go from one core to the other through that cell. That extra cost is 0 on the least-cost path and grows away from it. The corridors raster keeps, for every cell, the lowest value over all linked pairs, up to the width cutoff.
Cores: polygons with an id field (one feature per core). A cell belongs to a core when its centre is inside it; a core too small to hold a cell centre takes the cells it touches.
Resistance: a raster in a projected CRS (metres); NoData cells cannot be crossed; values must be positive. Moving one cell costs the mean resistance of the two cells times the distance in metres.
Maximum Euclidean distance: only pairs of cores closer than this (edge to edge, in metres) are linked; 0 links all pairs.
Width cutoff: keep cells up to this many cost units above the least-cost path (Linkage Mapper&apos;s default is 200 000); 0 keeps everything. Width cutoff percentage (advanced): when above 0, each pair keeps its own LCD times this percentage instead.
Drop links through other cores: a path that crosses a third core is left out (that connection goes through the third core), as Linkage Mapper does by default.
Outputs: the corridors raster (0 = on a least-cost path), the least-cost paths as lines (core_a, core_b, lcd, path_length_m, euclid_dist_m, lcd_per_euclid, lcd_per_path = mean resistance along the path, via_core) and one corridor polygon per pair (core_a, core_b, area_ha; core cells excluded). An optional folder keeps each core&apos;s cost-distance raster so that &apos;Re-cut corridors&apos; can try other cutoffs in seconds.
Climate gradient (advanced, optional; Climate Linkage Mapper): with a climate raster (e.g. mean annual temperature), each core&apos;s climate is the mean - 2 SD of the raster over its cells; pairs are linked only when their climates differ by more than the climate threshold (0 = no climate rule), and each step also costs the climate cost x the climate difference between the two cells (the same uphill and downhill), so links follow gentle climate gradients. A climate raster on another grid is resampled to the resistance grid; cells without a climate value cannot be crossed. Minimum Euclidean distance: pairs closer than this (edge to edge, in metres) are not linked. The paths then also carry climate_a, climate_b (each core&apos;s mean - 2 SD), climate_diff and climate_cost_share (the part of the LCD due to the climate term, 0 to 1).</source>
        <translation>Cartographie les corridors de moindre coût entre zones cœurs, comme le fait Linkage Pathways de Linkage Mapper.
Pour chaque paire de zones cœurs, l'outil calcule le coût de l'itinéraire le moins cher (la distance de moindre coût, LCD) et, pour chaque cellule, combien il en coûte en plus d'aller d'une zone cœur à l'autre en passant par cette cellule. Ce surcoût vaut 0 sur le chemin de moindre coût et augmente en s'en éloignant. Le raster des corridors garde, pour chaque cellule, la plus faible valeur sur toutes les paires reliées, jusqu'au seuil de largeur.
Zones cœurs : polygones avec un champ d'identifiant (une entité par zone cœur). Une cellule appartient à une zone cœur quand son centre est à l'intérieur ; une zone cœur trop petite pour contenir un centre de cellule prend les cellules qu'elle touche.
Résistance : un raster dans un SCR projeté (mètres) ; les cellules NoData ne peuvent pas être traversées ; les valeurs doivent être positives. Passer d'une cellule à l'autre coûte la résistance moyenne des deux cellules multipliée par la distance en mètres.
Distance euclidienne maximale : seules les paires de zones cœurs plus proches que cette valeur (de bord à bord, en mètres) sont reliées ; 0 relie toutes les paires.
Seuil de largeur : garder les cellules jusqu'à ce nombre d'unités de coût au-dessus du chemin de moindre coût (la valeur par défaut de Linkage Mapper est 200 000) ; 0 garde tout. Pourcentage du seuil de largeur (avancé) : s'il est supérieur à 0, chaque paire garde à la place sa propre LCD multipliée par ce pourcentage.
Écarter les liens à travers d'autres zones cœurs : un chemin qui traverse une troisième zone cœur est écarté (cette liaison passe par la troisième zone cœur), comme le fait Linkage Mapper par défaut.
Sorties : le raster des corridors (0 = sur un chemin de moindre coût), les chemins de moindre coût en lignes (core_a, core_b, lcd, path_length_m, euclid_dist_m, lcd_per_euclid, lcd_per_path = résistance moyenne le long du chemin, via_core) et un polygone de corridor par paire (core_a, core_b, area_ha ; cellules des zones cœurs exclues). Un dossier facultatif conserve le raster de distance de coût de chaque zone cœur pour que « Redécouper les corridors » essaie d'autres seuils en quelques secondes.
Gradient climatique (avancé, facultatif ; Climate Linkage Mapper) : avec un raster climatique (p. ex. température moyenne annuelle), le climat de chaque zone cœur est la moyenne - 2 ET du raster sur ses cellules ; les paires ne sont reliées que si leurs climats diffèrent de plus que le seuil climatique (0 = pas de règle climatique), et chaque pas coûte en plus le coût climatique x la différence climatique entre les deux cellules (la même en montée et en descente), de sorte que les liaisons suivent des gradients climatiques doux. Un raster climatique sur une autre grille est rééchantillonné sur la grille de résistance ; les cellules sans valeur climatique ne peuvent pas être traversées. Distance euclidienne minimale : les paires plus proches que cela (de bord à bord, en mètres) ne sont pas reliées. Les chemins portent alors aussi climate_a, climate_b (moyenne - 2 ET de chaque zone cœur), climate_diff et climate_cost_share (la part de la distance de moindre coût due au terme climatique, de 0 à 1).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="308"/>
        <source>River connectivity (DCI)</source>
        <translation>Connectivité des cours d'eau (DCI)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="309"/>
        <source>Freshwater connectivity</source>
        <translation>Connectivité des eaux douces</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="310"/>
        <source>Dendritic Connectivity Index (Cote et al. 2009) of a river network fragmented by barriers (dams, weirs, culverts), and the gain from opening each barrier.
Rivers: lines in a projected CRS; lines whose end points lie within the snap tolerance (map units) are joined. Barriers: points with a passability from 0 (closed) to 1 (open); a missing value counts as 0. Barriers farther from the rivers than the snap tolerance are kept in the output with used = 0.
Outlet: a point at the river mouth; without it, the lines must be digitised downstream and the one end with no outgoing line is the outlet. Habitat weight field: section length x weight replaces length.
A section is a stretch between barriers; c_ij is the best product of passabilities between sections i and j. DCI_p = 100 sum c_ij l_i l_j / L^2 (potamodromous fish), DCI_d = 100 sum c_i,outlet l_i / L (diadromous fish). dDCI_p and dDCI_d: the points gained when that barrier alone becomes fully passable, ranked 1 = largest gain. Separate river systems are reported one row each in the summary.</source>
        <translation>Indice de connectivité dendritique (Cote et al. 2009) d'un réseau de cours d'eau fragmenté par des obstacles (barrages, seuils, buses), et le gain de l'ouverture de chaque obstacle.
Cours d'eau : lignes dans un SCR projeté ; les lignes dont les extrémités sont à moins de la tolérance d'accrochage (unités de carte) sont reliées. Obstacles : points avec une franchissabilité de 0 (fermé) à 1 (ouvert) ; une valeur vide compte pour 0. Les obstacles plus loin des cours d'eau que la tolérance sont gardés dans la sortie avec used = 0.
Exutoire : un point à l'embouchure ; sans lui, les lignes doivent être numérisées vers l'aval et l'unique extrémité sans ligne sortante est l'exutoire. Champ de poids d'habitat : longueur du tronçon x poids remplace la longueur.
Un tronçon est un bief entre obstacles ; c_ij est le meilleur produit des franchissabilités entre les tronçons i et j. DCI_p = 100 somme c_ij l_i l_j / L^2 (poissons potamodromes), DCI_d = 100 somme c_i,exutoire l_i / L (poissons diadromes). dDCI_p et dDCI_d : les points gagnés quand cet obstacle seul devient entièrement franchissable, rang 1 = plus grand gain. Chaque réseau séparé a sa propre ligne dans le résumé.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="90"/>
        <source>Minimum Euclidean distance between cores, m (0 = none)</source>
        <translation>Distance euclidienne minimale entre zones cœurs, m (0 = aucune)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="93"/>
        <source>Climate raster (e.g. mean annual temperature)</source>
        <translation>Raster climatique (p. ex. température moyenne annuelle)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="95"/>
        <source>Climate threshold: link cores whose climates differ by more than (0 = no climate rule)</source>
        <translation>Seuil climatique : relier les zones cœurs dont les climats diffèrent de plus de (0 = pas de règle climatique)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="98"/>
        <source>Climate cost, cost units per climate unit crossed</source>
        <translation>Coût climatique, unités de coût par unité climatique franchie</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="74"/>
        <source>Climate gradient: climate raster {0}, climate threshold {1:g}, climate cost {2:g} per climate unit, minimum Euclidean distance {3:g} m.</source>
        <translation>Gradient climatique : raster climatique {0}, seuil climatique {1:g}, coût climatique {2:g} par unité climatique, distance euclidienne minimale {3:g} m.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="273"/>
        <source>The climate cost is {0:g}; it must be 0 or positive (cost units added per climate unit crossed).</source>
        <translation>Le coût climatique est {0:g} ; il doit être 0 ou positif (unités de coût ajoutées par unité climatique franchie).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="276"/>
        <source>The climate threshold is {0:g}; it must be 0 (no climate rule) or positive.</source>
        <translation>Le seuil climatique est {0:g} ; il doit être 0 (pas de règle climatique) ou positif.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="279"/>
        <source>A climate cost or climate threshold needs a climate raster; choose one or set them to 0.</source>
        <translation>Un coût climatique ou un seuil climatique nécessite un raster climatique ; choisissez-en un ou mettez-les à 0.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="332"/>
        <source>, climate difference {0:.4g}, climate term {1:.1%} of the LCD</source>
        <translation>, différence climatique {0:.4g}, terme climatique {1:.1%} de la distance de moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="49"/>
        <source>River lines</source>
        <translation>Lignes de cours d'eau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="51"/>
        <source>Snap tolerance (map units)</source>
        <translation>Tolérance d'accrochage (unités de carte)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="53"/>
        <source>Barriers (points)</source>
        <translation>Obstacles (points)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="55"/>
        <source>Passability field (0..1)</source>
        <translation>Champ de franchissabilité (0..1)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="57"/>
        <source>Outlet (river mouth point)</source>
        <translation>Exutoire (point à l'embouchure)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="59"/>
        <source>Habitat weight field</source>
        <translation>Champ de poids d'habitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="169"/>
        <source>River sections</source>
        <translation>Tronçons de cours d'eau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="171"/>
        <source>Barrier priorities</source>
        <translation>Priorités des obstacles</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="173"/>
        <source>DCI summary</source>
        <translation>Résumé du DCI</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="87"/>
        <source>Choose a river lines layer and a barriers layer.</source>
        <translation>Choisissez une couche de lignes de cours d'eau et une couche d'obstacles.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="105"/>
        <source>The outlet layer &apos;{0}&apos; has no point; add the river mouth or leave the outlet empty.</source>
        <translation>La couche d'exutoire '{0}' n'a aucun point ; ajoutez l'embouchure ou laissez l'exutoire vide.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="165"/>
        <source>River connectivity (DCI, Cote et al. 2009) of &apos;{0}&apos; with the barriers of &apos;{1}&apos;: DCI_p {2}, DCI_d {3}.</source>
        <translation>Connectivité des cours d'eau (DCI, Cote et al. 2009) de '{0}' avec les obstacles de '{1}' : DCI_p {2}, DCI_d {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="176"/>
        <source>Use a coarser cell size (Raster &gt; Projections &gt; Warp with a larger resolution), clip the rasters to a window around the cores you study, or analyse fewer pairs (set a maximum distance between cores); closing other programs frees memory too.</source>
        <translation>Utilisez des cellules plus grandes (Raster &gt; Projections &gt; Reprojeter avec une résolution plus grossière), découpez les rasters à une fenêtre autour des zones cœurs étudiées ou analysez moins de paires (fixez une distance maximale entre zones cœurs) ; fermer d'autres programmes libère aussi de la mémoire.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="120"/>
        <source>The cost-distances of core {0} exceed what a 32-bit float holds ({1:.3g}); they are kept as 64-bit floats (twice the disk space).</source>
        <translation>Les distances de coût de la zone cœur {0} dépassent ce que contient un flottant 32 bits ({1:.3g}) ; elles sont conservées en flottants 64 bits (deux fois plus d'espace disque).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="41"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="47"/>
        <source>no climate raster</source>
        <translation>pas de raster de climat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="50"/>
        <source>raster &apos;{0}&apos; has no climate value inside the corridor</source>
        <translation>le raster '{0}' n'a pas de valeur de climat dans le corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="53"/>
        <source>climate {0} to {1} inside the corridor (range {2})</source>
        <translation>climat de {0} à {1} dans le corridor (étendue {2})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="59"/>
        <source>the climate difference between the cores needs two linked cores</source>
        <translation>l'écart de climat entre les zones cœurs demande deux zones cœurs reliées</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="65"/>
        <source>raster &apos;{0}&apos; has no climate value for core {1}</source>
        <translation>le raster '{0}' n'a pas de valeur de climat pour la zone cœur {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="69"/>
        <source>Cores {0} and {1}: climate (mean - 2 SD) {2} and {3}, difference {4}; {5}</source>
        <translation>Zones cœurs {0} et {1} : climat (moyenne - 2 ET) {2} et {3}, écart {4} ; {5}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/crossing_result.py" line="82"/>
        <source>no crossing of the crossings result lies in this corridor</source>
        <translation>aucun franchissement du résultat de franchissements ne se trouve dans ce corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/crossing_result.py" line="94"/>
        <source>{0}; {1}</source>
        <translation>{0} ; {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/crossing_result.py" line="87"/>
        <source>worst crossing (rank {0}, pair {1}) at {2}, {3}: the infrastructure cuts the pair off there</source>
        <translation>pire franchissement (rang {0}, paire {1}) en {2}, {3} : l'infrastructure y coupe la paire</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/crossing_result.py" line="90"/>
        <source>worst crossing (rank {0}, pair {1}) at {2}, {3}: a crossing structure there wins back {4} of the {5} cost units the infrastructure adds</source>
        <translation>pire franchissement (rang {0}, paire {1}) en {2}, {3} : un passage à faune à cet endroit regagne {4} des {5} unités de coût qu'ajoute l'infrastructure</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="75"/>
        <source>Nearest other protected component ({0}) is {1} km away by sea, along the least-cost path from component {2}</source>
        <translation>La composante protégée la plus proche ({0}) est à {1} km par la mer, le long du chemin de moindre coût depuis la composante {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="83"/>
        <source>{0} in a straight line: no sea path of the paths layer joins this corridor&apos;s components to another one</source>
        <translation>{0} à vol d'oiseau : aucun chemin en mer de la couche de chemins ne relie les composantes de ce corridor à une autre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="86"/>
        <source>{0} in a straight line</source>
        <translation>{0} à vol d'oiseau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="34"/>
        <source>climate raster &apos;{0}&apos; reprojected from {1} to the corridors&apos; CRS {2}, nearest neighbour</source>
        <translation>raster de climat '{0}' reprojeté de {1} vers le SCR des corridors {2}, plus proche voisin</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="52"/>
        <source>The crossings result &apos;{0}&apos; must hold points (from &apos;Infrastructure crossing priorities&apos;); it holds {1}.</source>
        <translation>Le résultat de franchissements '{0}' doit contenir des points (de « Priorités de franchissement des infrastructures ») ; il contient {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="56"/>
        <source>The crossings result &apos;{0}&apos; has no field {1}: choose the points layer written by &apos;Infrastructure crossing priorities&apos; (ccsg:crossings), which has the fields pair, severance_cost, keep_open_gain and rank.</source>
        <translation>Le résultat de franchissements '{0}' n'a pas le champ {1} : choisissez la couche de points écrite par « Priorités de franchissement des infrastructures » (ccsg:crossings), qui a les champs pair, severance_cost, keep_open_gain et rank.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="84"/>
        <source>The sea paths layer &apos;{0}&apos; has no field {1}: choose the least-cost paths written by &apos;Least-cost corridors between cores&apos; (ccsg:leastcostcorridors) on a sea-only resistance, which have the fields core_a, core_b and path_length_m.</source>
        <translation>La couche de chemins en mer '{0}' n'a pas le champ {1} : choisissez les chemins de moindre coût écrits par « Corridors de moindre coût entre zones cœurs » (ccsg:leastcostcorridors) sur une résistance en mer seulement, qui ont les champs core_a, core_b et path_length_m.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="96"/>
        <source>Feature {0} of the sea paths layer &apos;{1}&apos; has path_length_m &apos;{2}&apos;, not a number.</source>
        <translation>L'entité {0} de la couche de chemins en mer '{1}' a path_length_m '{2}', qui n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="99"/>
        <source>Feature {0} of the sea paths layer &apos;{1}&apos; has a negative path_length_m ({2}).</source>
        <translation>L'entité {0} de la couche de chemins en mer '{1}' a un path_length_m négatif ({2}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Climate</source>
        <translation>Climat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Infrastructure crossings (result)</source>
        <translation>Franchissements d'infrastructures (résultat)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Sea paths (least-cost)</source>
        <translation>Chemins en mer (moindre coût)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="51"/>
        <source>Spans a climate gradient (climate raster)</source>
        <translation>Traverse un gradient climatique (raster de climat)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="90"/>
        <source>Each core&apos;s climate is the mean - 2 SD of the climate raster over it, as Climate Linkage Mapper (Linkage Mapper cc_main.py) selects pairs [R]; the guidelines stress climate adaptation (IUCN news) [R]; report only [I]</source>
        <translation>Le climat de chaque zone cœur est la moyenne - 2 ET du raster de climat sur elle, comme Climate Linkage Mapper (Linkage Mapper cc_main.py) choisit les paires [R] ; les lignes directrices insistent sur l'adaptation au climat (IUCN news) [R] ; signalé seulement [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="252"/>
        <source>climate adaptation modifier: the linked cores' climates (each the mean - 2 SD of the climate raster over the core, as Climate Linkage Mapper selects pairs [R]) must differ by at least 1 climate unit (e.g. 1 °C of mean annual temperature), [I] design default of this plugin: set it in your raster's unit</source>
        <translation>modificateur d'adaptation au climat : les climats des zones cœurs reliées (chacun la moyenne - 2 ET du raster de climat sur la zone cœur, comme Climate Linkage Mapper choisit les paires [R]) doivent différer d'au moins 1 unité de climat (p. ex. 1 °C de température moyenne annuelle), [I] valeur par défaut de cette extension : fixez-la dans l'unité de votre raster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="286"/>
        <source>Checks each corridor polygon against a criteria profile: the IUCN definitional criteria (a clearly bounded space that links cores, with a stated objective, governance, management, long-term commitment and monitoring) and design criteria whose thresholds come from the literature or are design defaults (width, pinch points, habitat gaps, roads, crossings...). The output layer has one status and one value field per criterion, overall_status and failed_required, and check_details (JSON with each criterion&apos;s explanation, threshold, source and problem location). The report is one self-contained HTML file: a summary of every corridor, then a section with a map and tables for each of the first REPORT_MAX_CORRIDORS corridors (default 100; 0 for the summary only), so that a check of thousands of corridors gives a report a browser opens.
PROFILE is a bundled profile id (terrestrial_multispecies, large_carnivore, forest_bird_small_mammal, amphibian, freshwater_riverine, marine_network; add +climate_adaptation to apply the modifier), the id of a profile saved in your profile folder, or the path of a profile JSON file.
Advanced parameters add the freshwater and marine criteria: streams (riparian zones included), floodplain or riparian polygons (share inside the corridor), river barriers (dams, weirs and culverts counted inside the corridor), coastline (alongshore length) and a night-lights raster; without them these criteria are reported as not evaluated.
A pinch-point current raster (PINCHPOINTS, from ccsg:pinchpoints) adds the criterion current_pinch: the corridor&apos;s highest current per 1 A between its cores, and where it is.
A climate raster (CLIMATE, e.g. mean annual temperature) adds the criterion climate_span: the difference between the linked cores&apos; climates (each the mean - 2 SD over the core, as Climate Linkage Mapper and ccsg:leastcostcorridors compute it) and the climate range inside the corridor; the climate_adaptation modifier requires a difference. A raster in another CRS is reprojected, and the result says so.
A crossings result (CROSSING_PRIORITIES, the points of ccsg:crossings with pair, severance_cost, keep_open_gain and rank) adds to barrier_severance the place and keep_open_gain of the corridor&apos;s worst crossing (lowest rank).
Sea paths (SEA_PATHS, the least-cost paths of a sea-only ccsg:leastcostcorridors run: core_a, core_b, path_length_m) replace the straight-line distance in mar_spacing; the result says which distance was used.
All layers are reprojected to the corridors layer&apos;s CRS, which must be projected (metres).</source>
        <translation>Vérifie chaque polygone de corridor selon un profil de critères : les critères de définition de l'UICN (un espace clairement délimité qui relie des zones cœurs, avec un objectif énoncé, une gouvernance, une gestion, un engagement à long terme et un suivi) et des critères de conception dont les seuils viennent de la littérature ou sont des valeurs par défaut de conception (largeur, goulots d'étranglement, discontinuités d'habitat, routes, passages à faune...). La couche de sortie a un champ d'état et un champ de valeur par critère, overall_status et failed_required, et check_details (JSON avec l'explication, le seuil, la source et l'endroit du problème de chaque critère). Le rapport est un seul fichier HTML autonome : un résumé de tous les corridors, puis une section avec une carte et des tableaux pour chacun des REPORT_MAX_CORRIDORS premiers corridors (100 par défaut ; 0 pour le résumé seul), afin que la vérification de milliers de corridors donne un rapport qu'un navigateur ouvre.
PROFILE est un identifiant de profil fourni (terrestrial_multispecies, large_carnivore, forest_bird_small_mammal, amphibian, freshwater_riverine, marine_network ; ajoutez +climate_adaptation pour appliquer le modificateur), l'identifiant d'un profil enregistré dans votre dossier de profils, ou le chemin d'un fichier JSON de profil.
Les paramètres avancés ajoutent les critères d'eau douce et marins : cours d'eau (zones riveraines incluses), polygones de plaine inondable ou riverains (part dans le corridor), obstacles en rivière (barrages, seuils et buses comptés dans le corridor), trait de côte (longueur le long de la côte) et un raster de lumières nocturnes ; sans eux, ces critères sont signalés non évalués.
Un raster de courant aux points d'étranglement (PINCHPOINTS, de ccsg:pinchpoints) ajoute le critère current_pinch : le courant le plus fort du corridor pour 1 A entre ses zones cœurs, et son emplacement.
Un raster de climat (CLIMATE, p. ex. température moyenne annuelle) ajoute le critère climate_span : l'écart entre les climats des zones cœurs reliées (chacun la moyenne - 2 ET sur la zone cœur, comme le calculent Climate Linkage Mapper et ccsg:leastcostcorridors) et l'étendue du climat dans le corridor ; le modificateur climate_adaptation exige un écart. Un raster dans un autre SCR est reprojeté, et le résultat le signale.
Un résultat de franchissements (CROSSING_PRIORITIES, les points de ccsg:crossings avec pair, severance_cost, keep_open_gain et rank) ajoute à barrier_severance l'emplacement et le keep_open_gain du pire franchissement du corridor (le plus petit rank).
Les chemins en mer (SEA_PATHS, les chemins de moindre coût d'une exécution de ccsg:leastcostcorridors en mer seulement : core_a, core_b, path_length_m) remplacent la distance à vol d'oiseau dans mar_spacing ; le résultat indique quelle distance a servi.
Toutes les couches sont reprojetées dans le SCR de la couche de corridors, qui doit être projeté (mètres).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="189"/>
        <source>Climate raster (e.g. mean annual temperature; climate_span)</source>
        <translation>Raster de climat (p. ex. température moyenne annuelle ; climate_span)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="191"/>
        <source>Infrastructure crossings: points from ccsg:crossings (pair, severance_cost, keep_open_gain, rank)</source>
        <translation>Franchissements d'infrastructures : points de ccsg:crossings (pair, severance_cost, keep_open_gain, rank)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="195"/>
        <source>Sea paths: least-cost paths of a sea-only ccsg:leastcostcorridors run (core_a, core_b, path_length_m)</source>
        <translation>Chemins en mer : chemins de moindre coût d'une exécution de ccsg:leastcostcorridors en mer seulement (core_a, core_b, path_length_m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report.py" line="65"/>
        <source>Connectivity analysis run: {0}</source>
        <translation>Exécution de l'analyse de connectivité : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="80"/>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="69"/>
        <source>Restoration priorities</source>
        <translation>Priorités de restauration</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="116"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="122"/>
        <source>Rivers</source>
        <translation>Cours d'eau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report.py" line="99"/>
        <source>Made with the CCSG Corridor Toolkit on {0} from the run folder {1}.</source>
        <translation>Réalisé avec CCSG Corridor Toolkit le {0} à partir du dossier d'exécution {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="36"/>
        <source>No run parameters are recorded in the outputs&apos; metadata.</source>
        <translation>Les métadonnées des résultats n'enregistrent aucun paramètre de l'exécution.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="59"/>
        <source>Outputs found in the run folder: {0}.</source>
        <translation>Résultats trouvés dans le dossier d'exécution : {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="62"/>
        <source>This run re-cut the corridors of the run in {0}; the least-cost paths are that run&apos;s.</source>
        <translation>Cette exécution a recoupé les corridors de l'exécution dans {0} ; les chemins de moindre coût sont ceux de cette exécution.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="97"/>
        <source>Core A</source>
        <translation>Zone cœur A</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="97"/>
        <source>Core B</source>
        <translation>Zone cœur B</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="66"/>
        <source>Least-cost distance (cost units)</source>
        <translation>Distance de moindre coût (unités de coût)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="66"/>
        <source>Path length (m)</source>
        <translation>Longueur du chemin (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="66"/>
        <source>Cost per metre of path (lcd_per_path)</source>
        <translation>Coût par mètre de chemin (lcd_per_path)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="75"/>
        <source>corridors (normalised cost: darker is closer to the least-cost path)</source>
        <translation>corridors (coût normalisé : plus sombre = plus près du chemin de moindre coût)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="104"/>
        <source>least-cost paths</source>
        <translation>chemins de moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="84"/>
        <source>Circuit theory (Pinchpoint Mapper): current flows between the two cores of each pair through its corridor. Where current concentrates, the corridor has no alternative route: these pinch points are where a loss of habitat would cut the link first. The effective resistance sums the whole corridor; lower means better connected, including through several parallel routes.</source>
        <translation>Théorie des circuits (Pinchpoint Mapper) : le courant circule entre les deux zones cœurs de chaque paire à travers son corridor. Là où le courant se concentre, le corridor n'a pas d'autre route : ces goulots d'étranglement sont les endroits où une perte d'habitat couperait d'abord le lien. La résistance effective résume tout le corridor ; plus elle est basse, mieux la paire est reliée, y compris par plusieurs routes parallèles.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="94"/>
        <source>Links from the highest effective resistance (the weakest connection) down.</source>
        <translation>Liens de la résistance effective la plus haute (la connexion la plus faible) à la plus basse.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="96"/>
        <source>Effective resistance</source>
        <translation>Résistance effective</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="96"/>
        <source>Least-cost distance per effective resistance</source>
        <translation>Distance de moindre coût par résistance effective</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="104"/>
        <source>current: darker is more current (pinch points)</source>
        <translation>courant : plus sombre = plus de courant (goulots d'étranglement)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="85"/>
        <source>Choose the folder of a run (RUN_FOLDER): the folder of a run of the Least-cost analysis panel.</source>
        <translation>Choisissez le dossier d'une exécution (RUN_FOLDER) : le dossier d'une exécution du panneau Analyse de moindre coût.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="89"/>
        <source>The run folder {0} does not exist. Choose the folder of a run of the Least-cost analysis panel (it holds least_cost_paths.gpkg, corridors.tif ...).</source>
        <translation>Le dossier d'exécution {0} n'existe pas. Choisissez le dossier d'une exécution du panneau Analyse de moindre coût (il contient least_cost_paths.gpkg, corridors.tif ...).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="92"/>
        <source>RUN_FOLDER is a file, {0}. Choose the folder of a run of the Least-cost analysis panel.</source>
        <translation>RUN_FOLDER est un fichier, {0}. Choisissez le dossier d'une exécution du panneau Analyse de moindre coût.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="96"/>
        <source>The folder {0} holds none of the outputs of a run ({1}). Choose the folder of a run of the Least-cost analysis panel.</source>
        <translation>Le dossier {0} ne contient aucun des résultats d'une exécution ({1}). Choisissez le dossier d'une exécution du panneau Analyse de moindre coût.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="122"/>
        <source>The run output {0} cannot be opened. Run the analysis again, or remove the file.</source>
        <translation>Le résultat {0} de l'exécution ne peut pas être ouvert. Relancez l'analyse ou supprimez le fichier.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_html.py" line="95"/>
        <source>From: {0}</source>
        <comment>, </comment>
        <translation>Source : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="35"/>
        <source>The probability of connectivity (PC) is {0}: the chance that two animals placed at random in the landscape&apos;s habitat can reach each other through the network (1 would be a single, fully connected habitat).</source>
        <translation>La probabilité de connectivité (PC) est de {0} : la probabilité que deux animaux placés au hasard dans l'habitat du paysage puissent s'atteindre par le réseau (1 serait un habitat unique, entièrement connecté).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="40"/>
        <source>The equivalent connected area (EC) is {0} (in the unit of the attribute, hectares by default): the network is worth as much as one single core area of that size.</source>
        <translation>La surface connectée équivalente (EC) est de {0} (dans l'unité de l'attribut, hectares par défaut) : le réseau vaut autant qu'une seule zone cœur de cette taille.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="45"/>
        <source>The integral index of connectivity (IIC), which counts only links within the distance threshold, is {0}; the cores form {1} separate group(s) (components).</source>
        <translation>
            <numerusform>L'indice intégral de connectivité (IIC), qui ne compte que les liens dans le seuil de distance, est de {0} ; les zones cœurs forment {1} groupe séparé (composante).</numerusform>
            <numerusform>L'indice intégral de connectivité (IIC), qui ne compte que les liens dans le seuil de distance, est de {0} ; les zones cœurs forment {1} groupes séparés (composantes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="49"/>
        <source>ProtConn is {0} %: that share of the region is protected and connected (Saura et al. 2017, the indicator of Target 3 of the Kunming-Montreal Global Biodiversity Framework). {1} % of the region is protected (Prot), so {2} percentage points of it are protected but not connected (ProtUnconn).</source>
        <translation>ProtConn est de {0} % : cette part de la région est protégée et connectée (Saura et al. 2017, l'indicateur de la cible 3 du Cadre mondial de la biodiversité de Kunming-Montréal). {1} % de la région est protégée (Prot), donc {2} points de pourcentage sont protégés mais non connectés (ProtUnconn).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="76"/>
        <source>cores: the larger the circle, the higher dPC</source>
        <translation>zones cœurs : plus le cercle est grand, plus le dPC est élevé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="76"/>
        <source>links: the darker and wider, the higher dPC_link</source>
        <translation>liens : plus ils sont sombres et larges, plus le dPC_link est élevé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="84"/>
        <source>dPC: the percentage of PC lost without the core; intra (its own area), flux (dispersal from and to it) and connector (a stepping stone for others).</source>
        <translation>dPC : le pourcentage de PC perdu sans la zone cœur ; intra (sa propre surface), flux (la dispersion depuis et vers elle) et connector (son rôle de pas japonais pour les autres).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="87"/>
        <source>Core</source>
        <translation>Zone cœur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="87"/>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="97"/>
        <source>Current-flow centrality</source>
        <translation>Centralité de flux de courant</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="97"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="106"/>
        <source>Dendritic connectivity index (Cote et al. 2009): DCI_p is the chance, in percent, that a fish can move between two random points of the river network; DCI_d that it can move between a random point and the outlet. dDCI_p and dDCI_d are the points each index would gain if that barrier alone were made fully passable.</source>
        <translation>Indice de connectivité dendritique (Cote et al. 2009) : DCI_p est la probabilité, en pourcentage, qu'un poisson puisse se déplacer entre deux points pris au hasard du réseau hydrographique ; DCI_d, entre un point au hasard et l'exutoire. dDCI_p et dDCI_d sont les points que chaque indice gagnerait si cet obstacle seul devenait entièrement franchissable.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="114"/>
        <source>Network part</source>
        <translation>Partie du réseau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="114"/>
        <source>Sections</source>
        <translation>Tronçons</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="114"/>
        <source>Barriers</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="125"/>
        <source>Rank (DCI_p)</source>
        <translation>Rang (DCI_p)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="125"/>
        <source>Barrier (feature id)</source>
        <translation>Obstacle (identifiant d'entité)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="125"/>
        <source>Passability</source>
        <translation>Franchissabilité</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="125"/>
        <source>Rank (DCI_d)</source>
        <translation>Rang (DCI_d)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="132"/>
        <source>{0} barrier(s) lie off the river network (beyond the snap tolerance) and were not used.</source>
        <translation>
            <numerusform>{0} obstacle est hors du réseau hydrographique (au-delà de la tolérance d'accrochage) et n'a pas été utilisé.</numerusform>
            <numerusform>{0} obstacles sont hors du réseau hydrographique (au-delà de la tolérance d'accrochage) et n'ont pas été utilisés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="141"/>
        <source>sections open to the outlet (c_outlet near 1)</source>
        <translation>tronçons ouverts vers l'exutoire (c_outlet proche de 1)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="141"/>
        <source>sections cut off from the outlet (c_outlet near 0)</source>
        <translation>tronçons coupés de l'exutoire (c_outlet proche de 0)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="141"/>
        <source>barriers, numbered as in the table</source>
        <translation>obstacles, numérotés comme dans le tableau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="45"/>
        <source>Barrier analysis (Barrier Mapper): restoring a disc of habitat of the given radius at each site would shorten the least-cost distance of the named pair by lcd_gain cost units; the score is that gain per metre of the disc&apos;s diameter. Sites are ranked by score.</source>
        <translation>Analyse des obstacles (Barrier Mapper) : restaurer un disque d'habitat du rayon indiqué sur chaque site raccourcirait la distance de moindre coût de la paire indiquée de lcd_gain unités de coût ; le score est ce gain par mètre du diamètre du disque. Les sites sont classés par score.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="49"/>
        <source>The top {0} of {1} sites.</source>
        <translation>Les {0} premiers des {1} sites.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Pair</source>
        <translation>Paire</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="50"/>
        <source>Score (cost units per metre restored)</source>
        <translation>Score (unités de coût par mètre restauré)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="50"/>
        <source>Radius (m)</source>
        <translation>Rayon (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="50"/>
        <source>Gain in least-cost distance (lcd_gain)</source>
        <translation>Gain de distance de moindre coût (lcd_gain)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="58"/>
        <source>Site {0}: pair {1}, radius {2} m, gain {3}.</source>
        <translation>Site {0} : paire {1}, rayon {2} m, gain {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="58"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="67"/>
        <source>cut off</source>
        <translation>coupée</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="73"/>
        <source>reconnects</source>
        <translation>reconnecte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="80"/>
        <source>Infrastructure crossings: severance_cost is how much the road or railway raises the pair&apos;s least-cost distance where it crosses the corridor; keep_open_gain is how much of that a crossing structure (underpass, overpass) at this stretch would win back. Crossings are ranked by keep_open_gain, after the stretches whose crossing alone would reconnect a pair the infrastructure cuts off.</source>
        <translation>Franchissements d'infrastructures : severance_cost est la hausse de la distance de moindre coût de la paire due à la route ou à la voie ferrée là où elle traverse le corridor ; keep_open_gain est la part de cette hausse qu'un passage à faune (passage inférieur ou supérieur) sur ce tronçon regagnerait. Les franchissements sont classés par keep_open_gain, après les tronçons dont le passage seul reconnecterait une paire que l'infrastructure coupe.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="85"/>
        <source>The top {0} of {1} crossings.</source>
        <translation>Les {0} premiers des {1} franchissements.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Severance cost (cost units)</source>
        <translation>Coût de fragmentation (unités de coût)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Gain of a crossing here (keep_open_gain)</source>
        <translation>Gain d'un passage ici (keep_open_gain)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Current</source>
        <translation>Courant</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Corridor value</source>
        <translation>Valeur du corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="93"/>
        <source>Crossing {0}: pair {1}, gain {2}.</source>
        <translation>Franchissement {0} : paire {1}, gain {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="93"/>
        <source>Crossing</source>
        <translation>Franchissement</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="272"/>
        <source>Done, but: {0}</source>
        <translation>Terminé, mais : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="237"/>
        <source>Writing the run report</source>
        <translation>Écriture du rapport de l'exécution</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="104"/>
        <source>Open report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="106"/>
        <source>Open the last run&apos;s report (report.html in its run folder) in the web browser: maps and tables of every result, ready to print</source>
        <translation>Ouvrir le rapport de la dernière exécution (report.html dans son dossier) dans le navigateur web : cartes et tableaux de chaque résultat, prêts à imprimer</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="280"/>
        <source>The report {0} is gone (moved or deleted). Run the analysis again to write it.</source>
        <translation>Le rapport {0} n'est plus là (déplacé ou supprimé). Relancez l'analyse pour l'écrire.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="285"/>
        <source>No web browser could open {0}. Open the file from your file manager.</source>
        <translation>Aucun navigateur web n'a pu ouvrir {0}. Ouvrez le fichier depuis votre gestionnaire de fichiers.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="201"/>
        <source>{0} failed: {1}</source>
        <translation>{0} a échoué : {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="311"/>
        <source>Report of an analysis run (HTML)</source>
        <translation>Rapport d'une exécution de l'analyse (HTML)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="312"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="313"/>
        <source>Writes one offline report of an analysis run: a single HTML file with its maps inside, which opens in any browser without a network and prints cleanly.
Run folder: the folder of a run of the Least-cost analysis panel. The report reads the outputs it finds there by their file names and shows a section for each kind found: Overview (the run&apos;s inputs and parameters from the outputs&apos; metadata, the linked pairs of least_cost_paths.gpkg and a map of the corridors and paths); Pinch points (pinch_point_links.gpkg, pinch_points.tif); Restoration priorities (restoration_sites.gpkg with a small map around each top site, over restoration_area.tif); Infrastructure crossings (crossings.gpkg); Network (network_cores.gpkg, network_links.gpkg, network_summary.gpkg: PC, EC, IIC, ProtConn explained in words, cores and links ranked by dPC); Rivers (river_sections.gpkg, river_barriers.gpkg, river_summary.gpkg: DCI_p, DCI_d, barriers ranked by dDCI_p).
Top: how many sites, crossings, cores, links and barriers the tables and small maps list.
Report: the HTML file to write; empty = report.html in the run folder. An existing file is never replaced.</source>
        <translation>Écrit un rapport hors ligne d'une exécution de l'analyse : un seul fichier HTML avec ses cartes à l'intérieur, qui s'ouvre dans tout navigateur sans réseau et s'imprime proprement.
Dossier d'exécution : le dossier d'une exécution du panneau Analyse de moindre coût. Le rapport lit les résultats qu'il y trouve d'après leurs noms de fichier et affiche une section pour chaque type trouvé : Vue d'ensemble (les entrées et paramètres de l'exécution tirés des métadonnées des résultats, les paires reliées de least_cost_paths.gpkg et une carte des corridors et des chemins) ; Goulots d'étranglement (pinch_point_links.gpkg, pinch_points.tif) ; Priorités de restauration (restoration_sites.gpkg avec une petite carte autour de chaque site en tête, sur restoration_area.tif) ; Franchissements d'infrastructures (crossings.gpkg) ; Réseau (network_cores.gpkg, network_links.gpkg, network_summary.gpkg : PC, EC, IIC et ProtConn expliqués en mots, zones cœurs et liens classés par dPC) ; Cours d'eau (river_sections.gpkg, river_barriers.gpkg, river_summary.gpkg : DCI_p, DCI_d, obstacles classés par dDCI_p).
En tête : combien de sites, franchissements, zones cœurs, liens et obstacles les tableaux et les petites cartes listent.
Rapport : le fichier HTML à écrire ; vide = report.html dans le dossier d'exécution. Un fichier existant n'est jamais remplacé.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="48"/>
        <source>Run folder (of the Least-cost analysis panel)</source>
        <translation>Dossier d'exécution (du panneau Analyse de moindre coût)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="49"/>
        <source>Title (empty = the run folder&apos;s name)</source>
        <translation>Titre (vide = le nom du dossier d'exécution)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="51"/>
        <source>Top sites, crossings, cores, links and barriers listed</source>
        <translation>Sites, franchissements, zones cœurs, liens et obstacles listés en tête</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="55"/>
        <source>Report (HTML; empty = report.html in the run folder)</source>
        <translation>Rapport (HTML ; vide = report.html dans le dossier d'exécution)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="57"/>
        <source>Sections of the report</source>
        <translation>Sections du rapport</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="76"/>
        <source>Run report written: {0} (sections: {1}).</source>
        <translation>Rapport de l'exécution écrit : {0} (sections : {1}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="55"/>
        <source>Euclidean</source>
        <translation>Euclidienne</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="56"/>
        <source>Least-cost (this run&apos;s paths)</source>
        <translation>De moindre coût (chemins de ce calcul)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="104"/>
        <source>Climate gradient: pick the climate raster, or untick the group.</source>
        <translation>Gradient climatique : choisissez le raster climatique ou décochez le groupe.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="115"/>
        <source>Restoration priorities: the minimum radius ({0:g} m) is larger than the maximum ({1:g} m); lower the minimum or raise the maximum.</source>
        <translation>Priorités de restauration : le rayon minimal ({0:g} m) dépasse le maximal ({1:g} m) ; baissez le minimum ou augmentez le maximum.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="121"/>
        <source>Restoration priorities: the minimum radius ({0:g} m) is smaller than the cell size of &apos;{1}&apos; ({2:g} m); use at least one cell.</source>
        <translation>Priorités de restauration : le rayon minimal ({0:g} m) est inférieur à la taille de cellule de '{1}' ({2:g} m) ; utilisez au moins une cellule.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="129"/>
        <source>Infrastructure crossings: pick the layer of roads, railways or fences (lines), or untick the step.</source>
        <translation>Franchissements d'infrastructures : choisissez la couche des routes, voies ferrées ou clôtures (lignes) ou décochez l'étape.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="132"/>
        <source>Infrastructure crossings: the layer &apos;{0}&apos; does not hold lines; pick roads, railways or fences drawn as lines.</source>
        <translation>Franchissements d'infrastructures : la couche '{0}' ne contient pas de lignes ; choisissez des routes, voies ferrées ou clôtures tracées en lignes.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="135"/>
        <source>Infrastructure crossings: the layer &apos;{0}&apos; has no lines; pick a layer with roads, railways or fences.</source>
        <translation>Franchissements d'infrastructures : la couche '{0}' n'a aucune ligne ; choisissez une couche de routes, voies ferrées ou clôtures.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="140"/>
        <source>Infrastructure crossings: the existing crossings &apos;{0}&apos; must be points (underpasses, overpasses).</source>
        <translation>Franchissements d'infrastructures : les passages existants '{0}' doivent être des points (passages inférieurs, supérieurs).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="152"/>
        <source>Network: the region &apos;{0}&apos; does not overlap the core areas &apos;{1}&apos;; pick the polygon of the country or landscape that holds them.</source>
        <translation>Réseau : la région '{0}' ne recouvre pas les zones cœurs '{1}' ; choisissez le polygone du pays ou du paysage qui les contient.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="57"/>
        <source>Network: cores (dPC)</source>
        <translation>Réseau : zones cœurs (dPC)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="57"/>
        <source>Network: links</source>
        <translation>Réseau : liens</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="58"/>
        <source>Network: summary</source>
        <translation>Réseau : résumé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="137"/>
        <source>{0}the habitat column says &apos;{1}&apos;; write yes or no (1 or 0).</source>
        <translation>{0}la colonne habitat indique '{1}' ; écrivez yes ou no (1 ou 0).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="235"/>
        <source>monitoring must be an object with thresholds and source, got {0}</source>
        <translation>monitoring doit être un objet avec thresholds et source ; reçu {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="62"/>
        <source>Between {0} and {1}, corridor &apos;{2}&apos; could not be assessed: {3}.</source>
        <translation>Entre {0} et {1}, le corridor '{2}' n'a pas pu être évalué : {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="68"/>
        <source>the least-cost distance between its cores changed by {0} %</source>
        <translation>la distance de moindre coût entre ses zones cœurs a changé de {0} %</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="68"/>
        <source>the cores are not joined through it</source>
        <translation>les zones cœurs ne sont pas reliées par lui</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="70"/>
        <source>no indicator crossed its threshold</source>
        <translation>aucun indicateur n'a franchi son seuil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="71"/>
        <source>Between {0} and {1}, corridor &apos;{2}&apos; lost {3} ha and gained {4} ha of habitat ({5} % net); {6}; its trend is {7} ({8}).</source>
        <translation>Entre {0} et {1}, le corridor '{2}' a perdu {3} ha et gagné {4} ha d'habitat ({5} % net) ; {6} ; sa tendance est {7} ({8}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="135"/>
        <source>The rasters &apos;{0}&apos; and &apos;{1}&apos; are not on one grid; resample the second onto the first&apos;s grid.</source>
        <translation>Les rasters '{0}' et '{1}' ne sont pas sur la même grille ; rééchantillonnez le second sur la grille du premier.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="159"/>
        <source>the rasters do not cover the corridor</source>
        <translation>les rasters ne couvrent pas le corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="60"/>
        <source>{0} &apos;{1}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2024-05-31).</source>
        <translation>{0} '{1}' n'est pas une date ; écrivez-la AAAA-MM-JJ (par ex. 2024-05-31).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="65"/>
        <source>The dates are in the wrong order: DATE_AFTER ({0}) must be later than DATE_BEFORE ({1}). Swap the two rasters and their dates.</source>
        <translation>Les dates sont dans le mauvais ordre : DATE_AFTER ({0}) doit être postérieure à DATE_BEFORE ({1}). Intervertissez les deux rasters et leurs dates.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="73"/>
        <source>HABITAT_MAX_RESISTANCE must be a positive number, not {0}.</source>
        <translation>HABITAT_MAX_RESISTANCE doit être un nombre positif, pas {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="94"/>
        <source>The class table {0} has no habitat column and the profile lists no habitat_classes: add a fourth column habitat (yes/no) to the table.</source>
        <translation>La table de classes {0} n'a pas de colonne habitat et le profil n'indique pas de habitat_classes : ajoutez une quatrième colonne habitat (yes/no) à la table.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="107"/>
        <source>The land-cover raster &apos;{0}&apos; holds class(es) {1} that the class table {2} does not give a resistance; add a line for each.</source>
        <translation>Le raster d'occupation du sol '{0}' contient des classes {1} auxquelles la table de classes {2} ne donne pas de résistance ; ajoutez une ligne pour chacune.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="127"/>
        <source>The class tables {0} and {1} disagree on class(es) {2} (resistance or habitat): a changed legend would read as a changed landscape. Use one table for both dates, or make them agree.</source>
        <translation>Les tables de classes {0} et {1} divergent sur les classes {2} (résistance ou habitat) : une légende modifiée se lirait comme un paysage modifié. Utilisez une seule table pour les deux dates, ou mettez-les d'accord.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="40"/>
        <source>improved</source>
        <translation>amélioré</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="40"/>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="40"/>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="40"/>
        <source>severed</source>
        <translation>rompu</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="56"/>
        <source>monitoring.{0} is not a known field of the profile; known: thresholds, source</source>
        <translation>monitoring.{0} n'est pas un champ connu du profil ; connus : thresholds, source</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="59"/>
        <source>monitoring.thresholds must be an object, got {0}</source>
        <translation>monitoring.thresholds doit être un objet ; reçu {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="63"/>
        <source>monitoring.thresholds.{0} is not a monitoring threshold; known: {1}</source>
        <translation>monitoring.thresholds.{0} n'est pas un seuil de suivi ; connus : {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="66"/>
        <source>monitoring.thresholds.{0} must be a percentage of 0 or more, got {1}</source>
        <translation>monitoring.thresholds.{0} doit être un pourcentage de 0 ou plus ; reçu {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="70"/>
        <source>monitoring.source must say where the monitoring thresholds come from</source>
        <translation>monitoring.source doit indiquer d'où viennent les seuils de suivi</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="98"/>
        <source>the cores are no longer joined through the corridor</source>
        <translation>les zones cœurs ne sont plus reliées par le corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="104"/>
        <source>habitat area fell by {0} % (threshold {1} %)</source>
        <translation>la surface d'habitat a baissé de {0} % (seuil {1} %)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="107"/>
        <source>the least-cost distance between the cores rose by {0} % (threshold {1} %)</source>
        <translation>la distance de moindre coût entre les zones cœurs a augmenté de {0} % (seuil {1} %)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="111"/>
        <source>{0} new line(s) sever the corridor</source>
        <translation>
            <numerusform>{0} nouvelle ligne coupe le corridor</numerusform>
            <numerusform>{0} nouvelles lignes coupent le corridor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="114"/>
        <source>the largest habitat gap grew to {0} m, more than the {1} m the species crosses</source>
        <translation>la plus grande discontinuité d'habitat atteint {0} m, plus que les {1} m que l'espèce franchit</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="118"/>
        <source>the habitat no longer runs unbroken from core to core</source>
        <translation>l'habitat n'est plus continu d'une zone cœur à l'autre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="122"/>
        <source>habitat area grew by {0} % (threshold {1} %)</source>
        <translation>la surface d'habitat a augmenté de {0} % (seuil {1} %)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="125"/>
        <source>the least-cost distance between the cores fell by {0} % (threshold {1} %)</source>
        <translation>la distance de moindre coût entre les zones cœurs a baissé de {0} % (seuil {1} %)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="167"/>
        <source>Habitat lost and gained {0}</source>
        <translation>Habitat perdu et gagné {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="167"/>
        <source>Corridor change {0}</source>
        <translation>Évolution des corridors {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="393"/>
        <source>, habitat {0} %</source>
        <translation>, habitat {0} %</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="72"/>
        <source>Monitoring history</source>
        <translation>Historique du suivi</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/monitoring_record.py" line="60"/>
        <source>The corridor store {0} does not exist.</source>
        <translation>La base de corridors {0} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/monitoring_record.py" line="65"/>
        <source>The corridor store {0} is read-only, so the monitoring record cannot be appended to it ({1}). Copy the store to a folder you can write to, or run without appending to the record.</source>
        <translation>La base de corridors {0} est en lecture seule : le registre de suivi ne peut pas y être complété ({1}). Copiez la base dans un dossier où vous pouvez écrire, ou lancez sans compléter le registre.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/monitoring_record.py" line="68"/>
        <source>The corridor store {0} cannot be written now ({1}); nothing was appended. Close the program that writes to it and run again.</source>
        <translation>La base de corridors {0} ne peut pas être écrite maintenant ({1}) ; rien n'a été ajouté. Fermez le programme qui y écrit et relancez.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/monitoring_record.py" line="145"/>
        <source>The monitoring record could not be appended to {0} ({1}); nothing was appended.</source>
        <translation>Le registre de suivi de {0} n'a pas pu être complété ({1}) ; rien n'a été ajouté.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="57"/>
        <source>GDAL could not resample the raster &apos;{0}&apos;.</source>
        <translation>GDAL n'a pas pu rééchantillonner le raster '{0}'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="69"/>
        <source>BEFORE &apos;{0}&apos; ({1}) and AFTER &apos;{2}&apos; ({3}) are in different CRSs; the comparison is cell by cell. Reproject AFTER to BEFORE&apos;s CRS (Raster &gt; Projections &gt; Warp) and run again.</source>
        <translation>BEFORE '{0}' ({1}) et AFTER '{2}' ({3}) sont dans des SCR différents ; la comparaison se fait cellule par cellule. Reprojetez AFTER dans le SCR de BEFORE (Raster &gt; Projections &gt; Projection (warp)) et relancez.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="77"/>
        <source>AFTER &apos;{0}&apos; ({1} m cells, {2} x {3}) was resampled to BEFORE&apos;s grid ({4} m cells, {5} x {6}) with nearest neighbour.</source>
        <translation>AFTER '{0}' (cellules de {1} m, {2} x {3}) a été rééchantillonné sur la grille de BEFORE (cellules de {4} m, {5} x {6}) au plus proche voisin.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="127"/>
        <source>The corridors layer &apos;{0}&apos; must hold polygons.</source>
        <translation>La couche des corridors '{0}' doit contenir des polygones.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="136"/>
        <source>The corridors layer &apos;{0}&apos; has no features.</source>
        <translation>La couche des corridors '{0}' n'a aucune entité.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="49"/>
        <source>Habitat lost</source>
        <translation>Habitat perdu</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="49"/>
        <source>Habitat gained</source>
        <translation>Habitat gagné</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="50"/>
        <source>Habitat unchanged</source>
        <translation>Habitat inchangé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="50"/>
        <source>Unchanged, not habitat</source>
        <translation>Inchangé, hors habitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="68"/>
        <source>no route</source>
        <translation>aucun chemin</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="80"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="80"/>
        <source>Habitat (ha)</source>
        <translation>Habitat (ha)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="105"/>
        <source>Change (%)</source>
        <translation>Variation (%)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="80"/>
        <source>Least-cost distance</source>
        <translation>Distance de moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="69"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="105"/>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="129"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="129"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="136"/>
        <source>Numbered red marks: 1 the largest habitat gap, 2 the narrowest habitat passage.</source>
        <translation>Repères rouges numérotés : 1 la plus grande discontinuité d'habitat, 2 le passage d'habitat le plus étroit.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="147"/>
        <source>Corridor monitoring: {0} to {1}</source>
        <translation>Suivi des corridors : {0} à {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="55"/>
        <source>No monitoring record yet</source>
        <translation>Pas encore de registre de suivi</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="75"/>
        <source>Green: habitat area; purple: least-cost distance; dots: trend</source>
        <translation>Vert : surface d'habitat ; violet : distance de moindre coût ; points : tendance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="69"/>
        <source>Habitat change (%)</source>
        <translation>Variation d'habitat (%)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="69"/>
        <source>Least-cost distance change (%)</source>
        <translation>Variation de la distance de moindre coût (%)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="154"/>
        <source>Corridors (the corridor store)</source>
        <translation>Corridors (la base de corridors)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="154"/>
        <source>Before: raster</source>
        <translation>Avant : raster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="154"/>
        <source>After: raster</source>
        <translation>Après : raster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="159"/>
        <source>Choose: {0}.</source>
        <comment>, </comment>
        <translation>Choisissez : {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="172"/>
        <source>Comparing the two dates…</source>
        <translation>Comparaison des deux dates…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="188"/>
        <source>The comparison was cancelled; nothing was written.</source>
        <translation>La comparaison a été annulée ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="188"/>
        <source>The comparison failed; see the Processing log.</source>
        <translation>La comparaison a échoué ; voyez le journal de Traitement.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="205"/>
        <source>{0} corridor(s) compared; {1} row(s) appended to the monitoring record.</source>
        <translation>{0} corridor(s) comparé(s) ; {1} ligne(s) ajoutée(s) au registre de suivi.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="121"/>
        <source>Corridor monitoring</source>
        <translation>Suivi des corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="287"/>
        <source>Corridor change between two dates (monitoring)</source>
        <translation>Évolution des corridors entre deux dates (suivi)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="288"/>
        <source>Compares two dates of the landscape inside each corridor: habitat area and natural share, the largest habitat gap, the narrowest habitat passage (the widest disc that travels from core to core through habitat, in metres on the raster&apos;s cells), the least-cost distance between the corridor&apos;s two cores through the corridor, new lines that sever it, the guideline check&apos;s overall status at each date, and a trend (improved, stable, degraded or severed) against the thresholds in the criteria profile, with their source.
BEFORE and AFTER are land-cover rasters read with the class table TABLE (class, resistance, label, habitat yes/no; without the habitat column the profile&apos;s habitat classes), or, without a table, resistance rasters where habitat is every cell whose resistance is at most HABITAT_MAX_RESISTANCE. AFTER on another grid is resampled to BEFORE&apos;s (nearest neighbour, and said); another CRS is refused. TABLE_AFTER, when the legend changed, must agree with TABLE on every class both list.
Outputs: the corridors with the indicators, a raster of habitat lost, gained and unchanged inside them, and an HTML report with one section per corridor (before and after maps, the indicator table, a sentence for a report and the corridor&apos;s history). When CORRIDORS is the corridor store and APPEND_RECORD is on, one row per corridor is appended to the store&apos;s monitoring table (kept, marked orphaned, when a corridor is deleted).</source>
        <translation>Compare deux dates du paysage dans chaque corridor : surface d'habitat et part naturelle, la plus grande discontinuité d'habitat, le passage d'habitat le plus étroit (le plus large disque qui va d'une zone cœur à l'autre par l'habitat, en mètres sur les cellules du raster), la distance de moindre coût entre les deux zones cœurs du corridor à travers le corridor, les nouvelles lignes qui le coupent, le statut global de la vérification des lignes directrices à chaque date, et une tendance (amélioré, stable, dégradé ou rompu) selon les seuils du profil de critères, avec leur source.
BEFORE et AFTER sont des rasters d'occupation du sol lus avec la table de classes TABLE (class, resistance, label, habitat yes/no ; sans colonne habitat, les classes d'habitat du profil) ou, sans table, des rasters de résistance où l'habitat est toute cellule dont la résistance vaut au plus HABITAT_MAX_RESISTANCE. Un AFTER sur une autre grille est rééchantillonné sur celle de BEFORE (plus proche voisin, et signalé) ; un autre SCR est refusé. TABLE_AFTER, si la légende a changé, doit concorder avec TABLE pour toute classe que les deux listent.
Sorties : les corridors avec les indicateurs, un raster de l'habitat perdu, gagné et inchangé à l'intérieur, et un rapport HTML avec une section par corridor (cartes avant et après, tableau des indicateurs, une phrase pour un rapport et l'historique du corridor). Si CORRIDORS est la base de corridors et APPEND_RECORD est coché, une ligne par corridor est ajoutée à la table monitoring de la base (conservée, marquée orpheline, quand un corridor est supprimé).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="80"/>
        <source>Corridors (the corridor store or any polygon layer)</source>
        <translation>Corridors (la base de corridors ou toute couche de polygones)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="85"/>
        <source>Before: land-cover raster (with a class table) or resistance raster</source>
        <translation>Avant : raster d'occupation du sol (avec une table de classes) ou raster de résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="87"/>
        <source>After: land-cover raster (with a class table) or resistance raster</source>
        <translation>Après : raster d'occupation du sol (avec une table de classes) ou raster de résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="89"/>
        <source>Class table (CSV class,resistance,label,habitat; empty: the rasters are resistance)</source>
        <translation>Table de classes (CSV class,resistance,label,habitat ; vide : les rasters sont des résistances)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="92"/>
        <source>Class table of AFTER, when its legend changed (empty: TABLE)</source>
        <translation>Table de classes de AFTER, si sa légende a changé (vide : TABLE)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="95"/>
        <source>Habitat: resistance at most (resistance rasters)</source>
        <translation>Habitat : résistance au plus (rasters de résistance)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="98"/>
        <source>Roads and other linear barriers, before</source>
        <translation>Routes et autres obstacles linéaires, avant</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="98"/>
        <source>Roads and other linear barriers, after</source>
        <translation>Routes et autres obstacles linéaires, après</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="102"/>
        <source>Date of BEFORE (YYYY-MM-DD)</source>
        <translation>Date de BEFORE (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="103"/>
        <source>Date of AFTER (YYYY-MM-DD)</source>
        <translation>Date de AFTER (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="106"/>
        <source>Append to the store&apos;s monitoring record (CORRIDORS is the corridor store)</source>
        <translation>Compléter le registre de suivi de la base (CORRIDORS est la base de corridors)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="268"/>
        <source>Corridor change</source>
        <translation>Évolution des corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="109"/>
        <source>Habitat lost, gained and unchanged</source>
        <translation>Habitat perdu, gagné et inchangé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="110"/>
        <source>Change report (HTML)</source>
        <translation>Rapport d'évolution (HTML)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="112"/>
        <source>Rows appended to the monitoring record</source>
        <translation>Lignes ajoutées au registre de suivi</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="122"/>
        <source>The run was cancelled; nothing was written.</source>
        <translation>L'exécution a été annulée ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="152"/>
        <source>Choose the corridors, the cores and both rasters (BEFORE and AFTER).</source>
        <translation>Choisissez les corridors, les zones cœurs et les deux rasters (BEFORE et AFTER).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="162"/>
        <source>&apos;{0}&apos; is not the corridor store: the monitoring record is kept only in the store, so nothing is appended.</source>
        <translation>'{0}' n'est pas la base de corridors : le registre de suivi n'est tenu que dans la base, rien n'est donc ajouté.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="214"/>
        <source>{0} row(s) appended to the monitoring record of {1}.</source>
        <translation>{0} ligne(s) ajoutée(s) au registre de suivi de {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="267"/>
        <source>Corridor change between {0} and {1}.</source>
        <translation>Évolution des corridors entre {0} et {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="270"/>
        <source>Habitat lost and gained</source>
        <translation>Habitat perdu et gagné</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="322"/>
        <source>Cores {0} and {1}: window of {2:,} cells ({3:.1%} of the raster), {4:,} corridor cells.</source>
        <translation>Zones cœurs {0} et {1} : fenêtre de {2:,} cellules ({3:.1%} du raster), {4:,} cellules de corridor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/sea_resistance.py" line="19"/>
        <source>The depth weight must be 0 or more; {0} was given.</source>
        <translation>Le poids de profondeur doit être 0 ou plus ; {0} a été indiqué.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/sea_resistance.py" line="26"/>
        <source>The land polygons cover every cell: there is no sea to cross. Check the extent.</source>
        <translation>Les polygones de terre couvrent toutes les cellules : il n'y a pas de mer à traverser. Vérifiez l'emprise.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/sea_grid.py" line="25"/>
        <source>The extent of the sea-only raster is empty; give an extent or land polygons.</source>
        <translation>L'emprise du raster mer seule est vide ; donnez une emprise ou des polygones de terre.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/sea_grid.py" line="29"/>
        <source>A cell size of {0} gives {1} x {2} cells over the extent; choose a larger cell size.</source>
        <translation>Une taille de cellule de {0} donne {1} x {2} cellules sur l'emprise ; choisissez une taille de cellule plus grande.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/sea_grid.py" line="45"/>
        <source>GDAL could not put the depth raster &apos;{0}&apos; on the sea-only grid.</source>
        <translation>GDAL n'a pas pu placer le raster de profondeur '{0}' sur la grille mer seule.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="26"/>
        <source>Sea only</source>
        <translation>Mer seule</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="30"/>
        <source>Distances through the sea: the sea costs 1 per metre and land cannot be crossed. Replaces the resistance above.</source>
        <translation>Distances par la mer : la mer coûte 1 par mètre et la terre est infranchissable. Remplace la résistance ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="46"/>
        <source>Land polygons</source>
        <translation>Polygones de terre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="47"/>
        <source>Cell size (m)</source>
        <translation>Taille de cellule (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="67"/>
        <source>Pick the land polygons for the sea-only option.</source>
        <translation>Choisissez les polygones de terre pour l'option mer seule.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="84"/>
        <source>Building the sea-only resistance from the land polygons</source>
        <translation>Construction de la résistance mer seule à partir des polygones de terre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="84"/>
        <source>Resistance (sea only)</source>
        <translation>Résistance (mer seule)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="79"/>
        <source>Where run folders go when the project is not saved yet.</source>
        <translation>Où vont les dossiers d'exécution tant que le projet n'est pas enregistré.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="80"/>
        <source>Habitat weight field (optional)</source>
        <translation>Champ de poids d'habitat (facultatif)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="80"/>
        <source>Outlet (optional)</source>
        <translation>Exutoire (facultatif)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="80"/>
        <source>Save in</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="93"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="113"/>
        <source>DCI_p: chance that two random points of the river are connected (resident fish); DCI_d: chance that a point is connected to the outlet (migratory fish); 100 = no barrier.</source>
        <translation>DCI_p : probabilité que deux points du cours d'eau pris au hasard soient reliés (poissons résidents) ; DCI_d : probabilité qu'un point soit relié à l'exutoire (poissons migrateurs) ; 100 = aucun obstacle.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="187"/>
        <source>Choose the river lines layer.</source>
        <translation>Choisissez la couche de lignes de cours d'eau.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="189"/>
        <source>The layer &apos;{0}&apos; holds {1}, not river lines; choose a layer of lines.</source>
        <translation>La couche '{0}' contient {1}, et non des lignes de cours d'eau ; choisissez une couche de lignes.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="193"/>
        <source>Choose the barriers layer (dams, weirs, culverts as points).</source>
        <translation>Choisissez la couche des obstacles (barrages, seuils, buses en points).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="195"/>
        <source>The layer &apos;{0}&apos; holds {1}, not barrier points; choose a layer of points.</source>
        <translation>La couche '{0}' contient {1}, et non des points d'obstacle ; choisissez une couche de points.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="199"/>
        <source>The barriers layer &apos;{0}&apos; has no passability field chosen; add a numeric field with values from 0 (closed) to 1 (open) and choose it.</source>
        <translation>La couche d'obstacles '{0}' n'a pas de champ de franchissabilité choisi ; ajoutez un champ numérique de 0 (fermé) à 1 (ouvert) et choisissez-le.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="263"/>
        <source>River system {0}: DCI_p {1:.2f}, DCI_d {2:.2f} ({3:.0f} m, {4} sections).</source>
        <translation>Réseau hydrographique {0} : DCI_p {1:.2f}, DCI_d {2:.2f} ({3:.0f} m, {4} tronçons).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="264"/>
        <source>DCI_p {0:.2f}, DCI_d {1:.2f} ({2:.0f} m, {3} sections).</source>
        <translation>DCI_p {0:.2f}, DCI_d {1:.2f} ({2:.0f} m, {3} tronçons).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="267"/>
        <source>Barrier to open first: feature {0} (+{1:.2f} DCI_p points).</source>
        <translation>Obstacle à ouvrir en premier : entité {0} (+{1:.2f} points de DCI_p).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="268"/>
        <source>Files: {0}</source>
        <translation>Fichiers : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="270"/>
        <source>Done: the results are in the group &apos;{0}&apos;.</source>
        <translation>Terminé : les résultats sont dans le groupe '{0}'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="291"/>
        <source>polygons</source>
        <translation>des polygones</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="291"/>
        <source>no geometry</source>
        <translation>aucune géométrie</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_plan.py" line="44"/>
        <source>River connectivity (DCI) of &apos;{0}&apos; (CCSG Corridor Toolkit).</source>
        <translation>Connectivité des cours d'eau (DCI) de '{0}' (CCSG Corridor Toolkit).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_plan.py" line="49"/>
        <source>River connectivity {0}</source>
        <translation>Connectivité des cours d'eau {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="307"/>
        <source>Turns a land-cover raster into a resistance raster: each land-cover class gets the resistance given in the table (how hard it is for the species to cross one metre of it; 1 = easiest).
Table: one line per class with its code and its resistance, either in the table here or in a CSV file (class, resistance[, label]; a header line is allowed; UTF-8, Windows-1252 or Latin-1). A resistance must be positive; write &apos;nodata&apos; for classes that cannot be crossed (they become NoData). A class with an empty resistance counts as unlisted (it takes the default below), as in the analysis panel.
Default: the resistance of classes missing from the table; leave it empty to make them NoData (impassable). The classes left out are listed in the log.
Land-cover NoData stays NoData. The output is a Float32 GeoTIFF on the land-cover grid.
Sea only (marine, instead of the land cover): give land polygons; the sea gets resistance 1 and land is NoData (impassable), so least-cost distances run through the sea. Optional depth raster: sea resistance = 1 + depth weight x |depth| (deeper water costs more; sea cells without depth keep 1). The grid: the cell size over the extent (default: the land layer&apos;s extent), or the depth raster&apos;s grid when the cell size is 0.</source>
        <translation>Transforme un raster d'occupation du sol en raster de résistance : chaque classe d'occupation du sol reçoit la résistance donnée dans la table (la difficulté pour l'espèce d'en traverser un mètre ; 1 = le plus facile).
Table : une ligne par classe avec son code et sa résistance, dans la table ici ou dans un fichier CSV (classe, résistance[, libellé] ; une ligne d'en-tête est admise ; UTF-8, Windows-1252 ou Latin-1). Une résistance doit être positive ; écrivez 'nodata' pour les classes infranchissables (elles deviennent NoData). Une classe dont la résistance est vide compte comme non listée (elle prend la valeur par défaut ci-dessous), comme dans le panneau d'analyse.
Par défaut : la résistance des classes absentes de la table ; laissez vide pour qu'elles soient NoData (infranchissables). Les classes omises sont listées dans le journal.
Le NoData de l'occupation du sol reste NoData. La sortie est un GeoTIFF Float32 sur la grille de l'occupation du sol.
Mer seule (marin, à la place de l'occupation du sol) : donnez des polygones de terre ; la mer reçoit la résistance 1 et la terre est NoData (infranchissable), de sorte que les distances de moindre coût passent par la mer. Raster de profondeur facultatif : résistance de la mer = 1 + poids de profondeur x |profondeur| (l'eau plus profonde coûte plus cher ; les cellules de mer sans profondeur gardent 1). La grille : la taille de cellule sur l'emprise (par défaut, l'emprise de la couche de terre), ou la grille du raster de profondeur quand la taille de cellule vaut 0.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="62"/>
        <source>Sea only: land polygons (land impassable, sea = 1)</source>
        <translation>Mer seule : polygones de terre (terre infranchissable, mer = 1)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="65"/>
        <source>Sea only: depth raster</source>
        <translation>Mer seule : raster de profondeur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="66"/>
        <source>Sea only: depth weight (resistance = 1 + weight x |depth|)</source>
        <translation>Mer seule : poids de profondeur (résistance = 1 + poids x |profondeur|)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="69"/>
        <source>Sea only: cell size (map units; 0 = the depth raster&apos;s grid)</source>
        <translation>Mer seule : taille de cellule (unités de carte ; 0 = la grille du raster de profondeur)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="72"/>
        <source>Sea only: extent (default: the land layer&apos;s extent)</source>
        <translation>Mer seule : emprise (par défaut, celle de la couche de terre)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="92"/>
        <source>Choose a land-cover raster (or land polygons for the sea-only preset).</source>
        <translation>Choisissez un raster d'occupation du sol (ou des polygones de terre pour le préréglage mer seule).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="135"/>
        <source>Give either a land-cover raster or land polygons (sea only), not both.</source>
        <translation>Donnez soit un raster d'occupation du sol, soit des polygones de terre (mer seule), pas les deux.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="141"/>
        <source>A depth weight of {0} needs a depth raster; choose one or set the weight to 0.</source>
        <translation>Un poids de profondeur de {0} demande un raster de profondeur ; choisissez-en un ou mettez le poids à 0.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="157"/>
        <source>Give the cell size of the sea-only raster (or a depth raster, whose grid is then used).</source>
        <translation>Donnez la taille de cellule du raster mer seule (ou un raster de profondeur, dont la grille est alors utilisée).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="165"/>
        <source>Sea-only resistance: sea 1, the land of &apos;{0}&apos; impassable.</source>
        <translation>Résistance mer seule : mer 1, la terre de '{0}' infranchissable.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/layer_roles.py" line="27"/>
        <source>river</source>
        <translation>rivière</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="152"/>
        <source>An input layer could not be copied for the run: {0}</source>
        <translation>Une couche d'entrée n'a pas pu être copiée pour l'exécution : {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridor_workers.py" line="134"/>
        <source>A cost-distance process stopped without a result (exit status {0}); the machine may have run out of memory. Try a coarser cell, a width cutoff or fewer pairs.</source>
        <translation>Un processus de distance de coût s’est arrêté sans résultat (code de sortie {0}) ; la machine a peut-être manqué de mémoire. Essayez une cellule plus grossière, un seuil de largeur ou moins de paires.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="307"/>
        <source>Cost-distances run in {0} process(es) at a time.</source>
        <translation>Les distances de coût sont calculées dans {0} processus à la fois.</translation>
    </message>
</context>
<context>
    <name>AnalysisDock</name>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="6"/>
        <source>Least-cost analysis</source>
        <translation>Analyse de moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="24"/>
        <source>1. Resistance</source>
        <translation>1. Résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="28"/>
        <source>Use a resistance raster</source>
        <translation>Utiliser un raster de résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="34"/>
        <source>Cost of crossing each cell (1 = easiest). NoData cells are impassable.</source>
        <translation>Coût de traversée de chaque cellule (1 = le plus facile). Les cellules NoData sont infranchissables.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="44"/>
        <source>Land-cover classes; each class gets the resistance in the table below. With &apos;Use a resistance raster&apos;, a land cover chosen here is only checked against the resistance grid.</source>
        <translation>Classes d'occupation du sol ; chaque classe reçoit la résistance de la table ci-dessous. Avec « Utiliser un raster de résistance », une occupation du sol choisie ici est seulement comparée à la grille de résistance.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="58"/>
        <source>Fill the table from a bundled preset</source>
        <translation>Remplir la table à partir d'un préréglage fourni</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="64"/>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="65"/>
        <source>Load the table from a CSV file (class,resistance[,label])</source>
        <translation>Charger la table depuis un fichier CSV (class,resistance[,label])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="70"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="71"/>
        <source>Save the table as a CSV file</source>
        <translation>Enregistrer la table en fichier CSV</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="76"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="77"/>
        <source>Add a class</source>
        <translation>Ajouter une classe</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="82"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="83"/>
        <source>Remove the selected classes</source>
        <translation>Supprimer les classes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="92"/>
        <source>Classes found in the land-cover raster but missing from the table are shown in red.</source>
        <translation>Les classes présentes dans le raster d'occupation du sol mais absentes de la table s'affichent en rouge.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="93"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="94"/>
        <source>Resistance</source>
        <translation>Résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="95"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="103"/>
        <source>When unticked, classes missing from the table are impassable (NoData).</source>
        <translation>Si la case est décochée, les classes absentes de la table sont infranchissables (NoData).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="124"/>
        <source>2. Core areas</source>
        <translation>2. Zones cœurs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="126"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="128"/>
        <source>Id field</source>
        <translation>Champ d'identifiant</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="135"/>
        <source>3. Options</source>
        <translation>3. Options</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="137"/>
        <source>Neighbours</source>
        <translation>Voisins</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="140"/>
        <source>8: moves to the 8 surrounding cells. 16: also knight&apos;s moves, for smoother, more accurate paths (slower).</source>
        <translation>8 : déplacements vers les 8 cellules voisines. 16 : aussi les sauts de cavalier, pour des chemins plus lisses et plus justes (plus lent).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="143"/>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="146"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="147"/>
        <source>Within</source>
        <translation>À moins de</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="150"/>
        <source>Link only cores at most this far apart, edge to edge (map units)</source>
        <translation>Ne relier que les zones cœurs distantes d'au plus cette valeur, de bord à bord (unités de la carte)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="384"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="160"/>
        <source>Width cutoff</source>
        <translation>Seuil de largeur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="165"/>
        <source>Keep corridor cells whose cost is at most this much above the least-cost path (0 = no cutoff)</source>
        <translation>Garder les cellules du corridor dont le coût dépasse au plus de cette valeur celui du chemin de moindre coût (0 = pas de seuil)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="181"/>
        <source>Save in</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="184"/>
        <source>Folder for the run folders when the project is not saved yet (otherwise results go beside the project)</source>
        <translation>Dossier des dossiers de calcul quand le projet n'est pas encore enregistré (sinon les résultats vont à côté du projet)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="392"/>
        <source>Input check</source>
        <translation>Contrôle des entrées</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="451"/>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="452"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="407"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="409"/>
        <source>No run yet.</source>
        <translation>Aucune exécution pour l'instant.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="415"/>
        <source>Pick a path</source>
        <translation>Choisir un chemin</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="417"/>
        <source>Click a least-cost path on the map to see its row of the link table</source>
        <translation>Cliquez sur un chemin de moindre coût sur la carte pour voir sa ligne de la table des liens</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="102"/>
        <source>Unlisted classes:</source>
        <translation>Classes non listées :</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="39"/>
        <source>Build it from land cover</source>
        <translation>Le construire à partir de l'occupation du sol</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="177"/>
        <source>Drop links through a third core</source>
        <translation>Écarter les liens qui traversent une troisième zone cœur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="422"/>
        <source>Use as candidates</source>
        <translation>Utiliser comme candidats</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="423"/>
        <source>Copy the selected corridor polygons (or the corridors of the selected least-cost paths) into the Corridor designer&apos;s store as candidate corridors</source>
        <translation>Copier les polygones de corridor sélectionnés (ou les corridors des chemins de moindre coût sélectionnés) dans la base du Concepteur de corridors comme corridors candidats</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="192"/>
        <source>Pinch points (circuit theory)</source>
        <translation>Étranglements (circuits)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="193"/>
        <source>After the corridors, pass 1 A through each corridor between its two cores (as Linkage Mapper&apos;s Pinchpoint Mapper does): where current is highest, movement funnels through a passage that, once lost, would sever the link.</source>
        <translation>Après les corridors, fait passer 1 A dans chaque corridor entre ses deux zones cœurs (comme le Pinchpoint Mapper de Linkage Mapper) : là où le courant est le plus fort, le déplacement passe par un passage dont la perte couperait la liaison.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="197"/>
        <source>Cutoff</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="200"/>
        <source>Only cells at most this many cost units above the least-cost path carry current (0 = no cutoff)</source>
        <translation>Seules les cellules situées au plus à ce nombre d'unités de coût au-dessus du chemin de moindre coût portent du courant (0 = sans seuil)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="209"/>
        <source>Also all pairs together (current centrality)</source>
        <translation>Aussi toutes les paires ensemble (centralité du courant)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="210"/>
        <source>Also the current of all linked pairs together in the union of the corridors (Linkage Mapper&apos;s raster centrality)</source>
        <translation>En plus, le courant de toutes les paires reliées ensemble dans l'union des corridors (la centralité raster de Linkage Mapper)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="218"/>
        <source>Restoration priorities</source>
        <translation>Priorités de restauration</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="219"/>
        <source>After the corridors, find where restoring a disc of habitat would shorten the least-cost links most (Linkage Mapper&apos;s Barrier Mapper): score rasters, the best radius and the top sites as ranked points.</source>
        <translation>Après les corridors, cherche où restaurer un disque d'habitat raccourcirait le plus les liens de moindre coût (Barrier Mapper de Linkage Mapper) : rasters de score, meilleur rayon et meilleurs sites en points classés.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="225"/>
        <source>Minimum radius</source>
        <translation>Rayon minimal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="228"/>
        <source>Smallest disc radius tried, in map units; at least the cell size</source>
        <translation>Plus petit rayon de disque essayé, en unités de la carte ; au moins la taille de cellule</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="236"/>
        <source>Maximum radius</source>
        <translation>Rayon maximal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="239"/>
        <source>Largest disc radius tried, in map units</source>
        <translation>Plus grand rayon de disque essayé, en unités de la carte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="247"/>
        <source>Radius step</source>
        <translation>Pas de rayon</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="250"/>
        <source>Step between the radii tried (0 = the minimum radius only)</source>
        <translation>Pas entre les rayons essayés (0 = le rayon minimal seulement)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="258"/>
        <source>Combine pairs</source>
        <translation>Combiner les paires</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="261"/>
        <source>Maximum: the best pair at each cell. Sum: all pairs added up. Both: one raster of each.</source>
        <translation>Maximum : la meilleure paire en chaque cellule. Somme : toutes les paires additionnées. Les deux : un raster de chaque.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="269"/>
        <source>Infrastructure crossings</source>
        <translation>Franchissements d'infrastructures</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="270"/>
        <source>After the corridors, measure how much roads, railways or fences raise the cost of each corridor and where a crossing structure would win most of it back.</source>
        <translation>Après les corridors, mesure de combien les routes, voies ferrées ou clôtures augmentent le coût de chaque corridor et où un passage à faune en regagnerait le plus.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="276"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="279"/>
        <source>Roads, railways or fences (lines)</source>
        <translation>Routes, voies ferrées ou clôtures (lignes)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="282"/>
        <source>Resistance field</source>
        <translation>Champ de résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="285"/>
        <source>Resistance each line adds (a number or &apos;impassable&apos;); none = the lines cannot be crossed</source>
        <translation>Résistance ajoutée par chaque ligne (un nombre ou 'impassable') ; aucun = les lignes sont infranchissables</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="288"/>
        <source>Existing crossings</source>
        <translation>Passages existants</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="291"/>
        <source>Underpasses and overpasses that stay permeable (points, optional)</source>
        <translation>Passages inférieurs et supérieurs qui restent perméables (points, facultatif)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="299"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="300"/>
        <source>After the corridors, measure how well the cores form a connected network: PC, EC, dPC per core and link, and ProtConn when a region is given.</source>
        <translation>Après les corridors, mesure à quel point les zones cœurs forment un réseau connecté : PC, EC, dPC par zone cœur et par lien, et ProtConn si une région est donnée.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="306"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="309"/>
        <source>Euclidean: edge to edge, in metres. Least-cost: the least-cost distances of this run&apos;s paths, in cost units.</source>
        <translation>Euclidienne : de bord à bord, en mètres. De moindre coût : les distances de moindre coût des chemins de ce calcul, en unités de coût.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="312"/>
        <source>Dispersal distance</source>
        <translation>Distance de dispersion</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="315"/>
        <source>Distance at which the dispersal probability below is reached; also the threshold for links and IIC</source>
        <translation>Distance à laquelle la probabilité de dispersion ci-dessous est atteinte ; aussi le seuil des liens et de l'IIC</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="323"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="326"/>
        <source>Probability of dispersal at that distance (between 0 and 1)</source>
        <translation>Probabilité de dispersion à cette distance (entre 0 et 1)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="334"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="337"/>
        <source>Country or landscape polygon for ProtConn (optional)</source>
        <translation>Polygone du pays ou du paysage pour ProtConn (facultatif)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="345"/>
        <source>Climate gradient</source>
        <translation>Gradient climatique</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="346"/>
        <source>Link cores whose climates differ and route each link along the gentlest climate gradient (Linkage Mapper&apos;s Climate Linkage Mapper).</source>
        <translation>Relie les zones cœurs dont les climats diffèrent et fait passer chaque lien par le gradient climatique le plus doux (Climate Linkage Mapper de Linkage Mapper).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="352"/>
        <source>Climate</source>
        <translation>Climat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="355"/>
        <source>Climate raster, e.g. mean annual temperature</source>
        <translation>Raster climatique, p. ex. température moyenne annuelle</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="358"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="361"/>
        <source>Link only cores whose climates (mean − 2 SD) differ by more than this (0 = no climate rule)</source>
        <translation>Ne relier que les zones cœurs dont les climats (moyenne − 2 ET) diffèrent de plus que cette valeur (0 = pas de règle climatique)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="367"/>
        <source>Climate cost</source>
        <translation>Coût climatique</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="370"/>
        <source>Cost units added per climate unit crossed between neighbouring cells</source>
        <translation>Unités de coût ajoutées par unité climatique franchie entre cellules voisines</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="376"/>
        <source>Minimum distance</source>
        <translation>Distance minimale</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="379"/>
        <source>Link only cores at least this far apart, edge to edge (map units; 0 = none)</source>
        <translation>Ne relier que les zones cœurs distantes d'au moins cette valeur, de bord à bord (unités de la carte ; 0 = aucune)</translation>
    </message>
</context>
<context>
    <name>CcsgCheckDock</name>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="5"/>
        <source>Guideline check</source>
        <translation>Vérification des lignes directrices</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="17"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="19"/>
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="21"/>
        <source>Cores / protected areas</source>
        <translation>Zones cœurs / aires protégées</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="23"/>
        <source>Land cover or habitat raster</source>
        <translation>Raster d'occupation du sol ou d'habitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="25"/>
        <source>This raster holds</source>
        <translation>Ce raster contient</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="27"/>
        <source>Resistance raster</source>
        <translation>Raster de résistance</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="29"/>
        <source>Roads and linear barriers</source>
        <translation>Routes et obstacles linéaires</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="31"/>
        <source>Crossing structures</source>
        <translation>Passages à faune</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="33"/>
        <source>Elevation (DEM)</source>
        <translation>Altitude (MNT)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="63"/>
        <source>Criteria profile</source>
        <translation>Profil de critères</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="68"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="68"/>
        <source>Make an editable copy of this profile</source>
        <translation>Créer une copie modifiable de ce profil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="69"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="69"/>
        <source>Save the profile in your QGIS profile folder</source>
        <translation>Enregistrer le profil dans le dossier de votre profil QGIS</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="70"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="70"/>
        <source>Import a profile JSON file</source>
        <translation>Importer un fichier JSON de profil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="71"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="71"/>
        <source>Export this profile as a JSON file</source>
        <translation>Exporter ce profil en fichier JSON</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="86"/>
        <source>Check corridors</source>
        <translation>Vérifier les corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="87"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="88"/>
        <source>Open report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="44"/>
        <source>Rivers and coasts (optional)</source>
        <translation>Rivières et côtes (facultatif)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="48"/>
        <source>Streams and rivers</source>
        <translation>Cours d'eau et rivières</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="49"/>
        <source>Lines: riparian zones included (riparian_included)</source>
        <translation>Lignes : zones riveraines incluses (riparian_included)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="50"/>
        <source>Floodplain or riparian areas</source>
        <translation>Plaines inondables ou zones riveraines</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="51"/>
        <source>Polygons: share of the floodplain inside the corridor (fw_lateral)</source>
        <translation>Polygones : part de la plaine inondable dans le corridor (fw_lateral)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="52"/>
        <source>River barriers (dams, weirs, culverts)</source>
        <translation>Obstacles en rivière (barrages, seuils, buses)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="53"/>
        <source>Points: barriers counted inside the corridor (fw_longitudinal)</source>
        <translation>Points : obstacles comptés dans le corridor (fw_longitudinal)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="54"/>
        <source>Coastline</source>
        <translation>Trait de côte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="55"/>
        <source>Lines: alongshore length inside the corridor (mar_size)</source>
        <translation>Lignes : longueur le long de la côte dans le corridor (mar_size)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="56"/>
        <source>Night-lights raster</source>
        <translation>Raster de lumières nocturnes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="57"/>
        <source>Raster: artificial light at night (artificial_light)</source>
        <translation>Raster : lumière artificielle nocturne (artificial_light)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="93"/>
        <source>Corridors, the failing ones first: click one to see its criteria</source>
        <translation>Corridors, les non conformes d'abord : cliquez sur l'un d'eux pour voir ses critères</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="94"/>
        <source>The selected corridor&apos;s criteria, failed and warned first: click one to see where the problem is</source>
        <translation>Critères du corridor sélectionné, non conformes et avertissements d'abord : cliquez sur l'un d'eux pour voir où se trouve le problème</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="35"/>
        <source>Pinch points (current)</source>
        <translation>Points d'étranglement (courant)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="36"/>
        <source>Raster: current from ccsg:pinchpoints or the analysis panel&apos;s pinch-point step (current_pinch)</source>
        <translation>Raster : courant de ccsg:pinchpoints ou de l'étape points d'étranglement du panneau d'analyse (current_pinch)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="37"/>
        <source>Climate</source>
        <translation>Climat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="38"/>
        <source>Raster: e.g. mean annual temperature; the climate difference between the cores (climate_span)</source>
        <translation>Raster : p. ex. température moyenne annuelle ; l'écart de climat entre les zones cœurs (climate_span)</translation>
    </message>
</context>
<context>
    <name>CcsgDesignerDock</name>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="9"/>
        <source>Corridor designer</source>
        <translation>Concepteur de corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="19"/>
        <source>Corridor store</source>
        <translation>Base de corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="23"/>
        <source>No store yet: create one next to the project, or open one.</source>
        <translation>Pas encore de base : créez-en une à côté du projet, ou ouvrez-en une.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="30"/>
        <source>New store…</source>
        <translation>Nouvelle base…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="31"/>
        <source>Create a GeoPackage of candidate corridors in the project&apos;s CRS (a projected CRS in metres)</source>
        <translation>Créer un GeoPackage de corridors candidats dans le SCR du projet (un SCR projeté en mètres)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="36"/>
        <source>Open store…</source>
        <translation>Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="37"/>
        <source>Open an existing corridor GeoPackage</source>
        <translation>Ouvrir un GeoPackage de corridors existant</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="45"/>
        <source>Core areas (snapping and connected cores)</source>
        <translation>Zones cœurs (accrochage et zones cœurs reliées)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="50"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="55"/>
        <source>Protected areas / core habitat polygons: drawing snaps to them and the corridor&apos;s connected cores are read from them</source>
        <translation>Polygones d'aires protégées / d'habitat cœur : le dessin s'y accroche et les zones cœurs reliées par le corridor y sont lues</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="60"/>
        <source>Id field</source>
        <translation>Champ d'identifiant</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="65"/>
        <source>Field holding the core&apos;s id (e.g. WDPAID)</source>
        <translation>Champ qui contient l'identifiant de la zone cœur (par ex. WDPAID)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="73"/>
        <source>Draw a corridor</source>
        <translation>Dessiner un corridor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="77"/>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="78"/>
        <source>Draw the corridor outline: click the vertices, right-click to finish, Backspace undoes a vertex, Esc cancels</source>
        <translation>Dessinez le contour du corridor : cliquez les sommets, clic droit pour terminer, Retour arrière annule un sommet, Échap annule</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="88"/>
        <source>Centre line + width</source>
        <translation>Ligne centrale + largeur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="89"/>
        <source>Draw the corridor&apos;s centre line: click the vertices, right-click to finish; the corridor is the line widened to the width below</source>
        <translation>Dessinez la ligne centrale du corridor : cliquez les sommets, clic droit pour terminer ; le corridor est la ligne élargie à la largeur ci-dessous</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="99"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="104"/>
        <source>Corridor width in metres for the centre-line tool</source>
        <translation>Largeur du corridor en mètres pour l'outil ligne centrale</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="105"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="115"/>
        <source>Ends</source>
        <translation>Extrémités</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="120"/>
        <source>Flat ends stop at the first and last point; round ends extend half the width beyond them</source>
        <translation>Les extrémités plates s'arrêtent au premier et au dernier point ; les extrémités arrondies se prolongent d'une demi-largeur au-delà</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="131"/>
        <source>Candidate corridors</source>
        <translation>Corridors candidats</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="139"/>
        <source>Select a corridor to zoom to it and select it on the map</source>
        <translation>Sélectionnez un corridor pour zoomer dessus et le sélectionner sur la carte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="143"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="144"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="145"/>
        <source>Min. width</source>
        <translation>Largeur min.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="152"/>
        <source>Attributes…</source>
        <translation>Attributs…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="153"/>
        <source>Open the attribute form of the selected corridor</source>
        <translation>Ouvrir le formulaire d'attributs du corridor sélectionné</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="158"/>
        <source>Save edits</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="159"/>
        <source>Write the corridor edits to the GeoPackage (computes area, length, minimum width and connected cores)</source>
        <translation>Écrire les modifications des corridors dans le GeoPackage (calcule la surface, la longueur, la largeur minimale et les zones cœurs reliées)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="169"/>
        <source>Add from least-cost corridors</source>
        <translation>Ajouter depuis les corridors de moindre coût</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="173"/>
        <source>Corridor polygons (e.g. the ccsg:leastcostcorridors polygon output); select the polygons to copy on the map</source>
        <translation>Polygones de corridor (par ex. la sortie polygones de ccsg:leastcostcorridors) ; sélectionnez sur la carte les polygones à copier</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="178"/>
        <source>Copy selected polygons into the store</source>
        <translation>Copier les polygones sélectionnés dans la base</translation>
    </message>
</context>
<context>
    <name>CcsgMonitoringDock</name>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="6"/>
        <source>Corridor monitoring</source>
        <translation>Suivi des corridors</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="15"/>
        <source>Compare two dates of the landscape inside each corridor and keep the answer in the corridor store.</source>
        <translation>Comparez deux dates du paysage dans chaque corridor et gardez la réponse dans la base de corridors.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="21"/>
        <source>Two dates</source>
        <translation>Deux dates</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="24"/>
        <source>Corridors (the corridor store)</source>
        <translation>Corridors (la base de corridors)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="30"/>
        <source>Cores / protected areas</source>
        <translation>Zones cœurs / aires protégées</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="36"/>
        <source>Core id field</source>
        <translation>Champ d'identifiant des zones cœurs</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="42"/>
        <source>Before: raster</source>
        <translation>Avant : raster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="48"/>
        <source>Date of BEFORE</source>
        <translation>Date de BEFORE</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="69"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="54"/>
        <source>Roads and barriers, before</source>
        <translation>Routes et obstacles, avant</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="60"/>
        <source>After: raster</source>
        <translation>Après : raster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="66"/>
        <source>Date of AFTER</source>
        <translation>Date de AFTER</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="72"/>
        <source>Roads and barriers, after</source>
        <translation>Routes et obstacles, après</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="78"/>
        <source>Class table (land-cover rasters; empty: resistance)</source>
        <translation>Table de classes (rasters d'occupation du sol ; vide : résistance)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="84"/>
        <source>Habitat: resistance at most</source>
        <translation>Habitat : résistance au plus</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="90"/>
        <source>Criteria profile</source>
        <translation>Profil de critères</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="100"/>
        <source>Append to the store&apos;s monitoring record</source>
        <translation>Compléter le registre de suivi de la base</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="106"/>
        <source>Compare the two dates</source>
        <translation>Comparer les deux dates</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="107"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="118"/>
        <source>Open the change report</source>
        <translation>Ouvrir le rapport d'évolution</translation>
    </message>
</context>
</TS>
