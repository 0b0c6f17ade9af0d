<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>@default</name>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="57"/>
        <source>Feature {0} of layer &apos;{1}&apos; cannot be reprojected to {2}: {3}. Check the layer&apos;s CRS.</source>
        <translation>La entidad {0} de la capa '{1}' no se puede reproyectar a {2}: {3}. Revise el SRC de la capa.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="251"/>
        <source>Corridor {0}</source>
        <translation>Corredor {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="101"/>
        <source>The corridors layer &apos;{0}&apos; must hold polygons; it holds {1}.</source>
        <translation>La capa de corredores '{0}' debe contener polígonos; contiene {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="107"/>
        <source>The corridors layer &apos;{0}&apos; has no features. Draw or load at least one corridor and run again.</source>
        <translation>La capa de corredores '{0}' no tiene entidades. Dibuje o cargue al menos un corredor y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="203"/>
        <source>The least-cost paths layer &apos;{0}&apos; needs the fields core_a and core_b (as written by ccsg:leastcostcorridors).</source>
        <translation>La capa de rutas de menor costo '{0}' necesita los campos core_a y core_b (como los escribe ccsg:leastcostcorridors).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="73"/>
        <source>The raster layer &apos;{0}&apos; is not a file raster (provider {1}). Save it as a GeoTIFF (Export &gt; Save As...) and use that layer.</source>
        <translation>La capa ráster '{0}' no es un ráster de archivo (proveedor {1}). Guárdela como GeoTIFF (Exportar &gt; Guardar como...) y use esa capa.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="200"/>
        <source>GDAL could not reproject the raster to {0}.</source>
        <translation>GDAL no pudo reproyectar el ráster a {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="69"/>
        <source>barriers</source>
        <translation>barreras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="64"/>
        <source>cores</source>
        <translation>áreas núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="98"/>
        <source>{0} has no coordinate reference system. Set a projected CRS in metres in Project &gt; Properties &gt; CRS (for example a UTM zone or a national grid).</source>
        <translation>{0} no tiene sistema de referencia de coordenadas. Asigne un SRC proyectado en metros en Proyecto &gt; Propiedades &gt; SRC (por ejemplo una zona UTM o una cuadrícula nacional).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="101"/>
        <source>{0} uses the geographic CRS {1} (degrees), but corridor widths and areas are measured in metres. Pick a projected CRS in Project &gt; Properties &gt; CRS, for example a UTM zone or a national grid in metres, then try again.</source>
        <translation>{0} usa el SRC geográfico {1} (grados), pero los anchos y áreas de los corredores se miden en metros. Elija un SRC proyectado en Proyecto &gt; Propiedades &gt; SRC, por ejemplo una zona UTM o una cuadrícula nacional en metros, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="208"/>
        <source>The project</source>
        <translation>El proyecto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/files.py" line="68"/>
        <source>Could not create the corridor store {0}: {1}. Pick a folder you can write to.</source>
        <translation>No se pudo crear el almacén de corredores {0}: {1}. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/files.py" line="100"/>
        <source>Candidate corridors</source>
        <translation>Corredores candidatos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/files.py" line="102"/>
        <source>{0} is not a corridor store (no &apos;{1}&apos; table). Create a new store or pick another GeoPackage.</source>
        <translation>{0} no es un almacén de corredores (no tiene la tabla '{1}'). Cree un almacén nuevo o elija otro GeoPackage.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/files.py" line="106"/>
        <source>The corridor store {0} lacks the fields {1}. Create a new store.</source>
        <translation>Al almacén de corredores {0} le faltan los campos {1}. Cree un almacén nuevo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="23"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="104"/>
        <source>The subtype must belong to the governance type (A-D).</source>
        <translation>El subtipo debe pertenecer al tipo de gobernanza (A-D).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="105"/>
        <source>Use &apos;permanent&apos; or a whole number of years.</source>
        <translation>Use 'permanent' o un número entero de años.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="126"/>
        <source>CCSG candidate corridors</source>
        <translation>Corredores candidatos CCSG</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="41"/>
        <source>The corridor has no shape. Click at least three points, then right-click to finish.</source>
        <translation>El corredor no tiene forma. Haga clic en al menos tres puntos y luego clic derecho para terminar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="43"/>
        <source>The corridor must be a polygon.</source>
        <translation>El corredor debe ser un polígono.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="45"/>
        <source>The corridor polygon has zero area (its points lie on one line). Draw it again with at least three points that enclose an area.</source>
        <translation>El polígono del corredor tiene área nula (sus puntos están en una línea). Dibújelo de nuevo con al menos tres puntos que encierren un área.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="48"/>
        <source>The corridor polygon crosses itself. Draw it again so that its outline does not cross, or split it into two corridors.</source>
        <translation>El polígono del corredor se cruza consigo mismo. Dibújelo de nuevo de modo que su contorno no se cruce, o divídalo en dos corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/drawing_checks.py" line="24"/>
        <source>The centre line needs at least two different points. Click the start, the bends and the end, then right-click to finish.</source>
        <translation>La línea central necesita al menos dos puntos distintos. Haga clic en el inicio, las curvas y el final, y luego clic derecho para terminar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/drawing_checks.py" line="27"/>
        <source>The corridor width is {0} m; it must be greater than 0. Type a width in metres in the Corridor designer panel.</source>
        <translation>El ancho del corredor es {0} m; debe ser mayor que 0. Escriba un ancho en metros en el panel Diseñador de corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/map_tools.py" line="141"/>
        <source>The corridor store {0} cannot be edited (read-only file?). Copy it to a folder you can write to and open the copy.</source>
        <translation>El almacén de corredores {0} no se puede editar (¿archivo de solo lectura?). Cópielo en una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/map_tools.py" line="152"/>
        <source>Add corridor</source>
        <translation>Añadir corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="269"/>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="270"/>
        <source>(no status)</source>
        <translation>(sin estado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="282"/>
        <source>Pick a polygon layer to copy the corridors from.</source>
        <translation>Elija una capa de polígonos de la que copiar los corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="284"/>
        <source>The layer &apos;{0}&apos; has no polygons; pick the least-cost corridor polygons output.</source>
        <translation>La capa '{0}' no tiene polígonos; elija el resultado de polígonos de corredores de menor costo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="288"/>
        <source>No corridor is selected in &apos;{0}&apos;. Select the corridors to copy on the map or in the attribute table.</source>
        <translation>No hay ningún corredor seleccionado en '{0}'. Seleccione los corredores que desea copiar en el mapa o en la tabla de atributos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="308"/>
        <source>Least-cost corridor {0}</source>
        <comment> - </comment>
        <translation>Corredor de menor costo {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="312"/>
        <source>None of the selected features of &apos;{0}&apos; is a valid polygon.</source>
        <translation>Ninguna de las entidades seleccionadas de '{0}' es un polígono válido.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="314"/>
        <source>The corridor store {0} cannot be edited (read-only file?).</source>
        <translation>El almacén de corredores {0} no se puede editar (¿archivo de solo lectura?).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="316"/>
        <source>Add least-cost corridors</source>
        <translation>Añadir corredores de menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="320"/>
        <source>The corridors could not be added to {0}.</source>
        <translation>No se pudieron añadir los corredores a {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="49"/>
        <source>Core areas</source>
        <translation>Áreas núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="166"/>
        <source>Resistance</source>
        <translation>Resistencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/demo.py" line="63"/>
        <source>The demo file {0} could not be opened in {1}.</source>
        <translation>No se pudo abrir el archivo de demostración {0} en {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="71"/>
        <source>pass</source>
        <translation>cumple</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="72"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="73"/>
        <source>fail</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="74"/>
        <source>not evaluated</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="79"/>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="79"/>
        <source>advisory</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="79"/>
        <source>info</source>
        <translation>informativo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="208"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="209"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="143"/>
        <source>No width profile (the corridor axis could not be traced).</source>
        <translation>Sin perfil de ancho (no se pudo trazar el eje del corredor).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="159"/>
        <source>Width profile</source>
        <translation>Perfil de ancho</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="160"/>
        <source>distance along the corridor (km)</source>
        <translation>distancia a lo largo del corredor (km)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="161"/>
        <source>width (m)</source>
        <translation>ancho (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="196"/>
        <source>minimum width {0} m</source>
        <translation>ancho mínimo {0} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="66"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.py" line="124"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="162"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="66"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.py" line="124"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="218"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="218"/>
        <source>Source of the threshold</source>
        <translation>Fuente del umbral</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="280"/>
        <source>corridor</source>
        <translation>corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="75"/>
        <source>core areas</source>
        <translation>áreas núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="282"/>
        <source>roads and barriers (black lines), crossings (blue)</source>
        <translation>carreteras y barreras (líneas negras), pasos de fauna (azul)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="283"/>
        <source>problem locations (numbered as in the table)</source>
        <translation>lugares con problemas (numerados como en la tabla)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="307"/>
        <source>At least one required (IUCN definitional) criterion fails.</source>
        <translation>Al menos un criterio obligatorio (de definición de la UICN) no se cumple.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="309"/>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="319"/>
        <source>Map of {0}</source>
        <translation>Mapa de {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="322"/>
        <source>No map image (the corridor has no usable geometry).</source>
        <translation>Sin imagen de mapa (el corredor no tiene geometría utilizable).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="325"/>
        <source>Marked on the map</source>
        <translation>Marcado en el mapa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="332"/>
        <source>IUCN guideline checks (from the definition of an ecological corridor)</source>
        <translation>Verificaciones de las directrices de la UICN (de la definición de corredor ecológico)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="333"/>
        <source>These follow from the definition in Hilty et al. (2020), IUCN Best Practice Protected Area Guidelines Series No. 30: a clearly defined space, governed and managed over the long term, to maintain or restore effective connectivity.</source>
        <translation>Se derivan de la definición de Hilty et al. (2020), Serie de Directrices sobre Buenas Prácticas en Áreas Protegidas de la UICN n.º 30: un espacio claramente definido, gobernado y gestionado a largo plazo para mantener o restaurar una conectividad eficaz.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="356"/>
        <source>None in this profile.</source>
        <translation>Ninguno en este perfil.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="345"/>
        <source>Design criteria (thresholds from the literature or design defaults)</source>
        <translation>Criterios de diseño (umbrales de la literatura o valores predeterminados de diseño)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="346"/>
        <source>The IUCN guidelines give no universal numbers for width, length or gaps. Each threshold below comes from the source named beside it and can be changed in the profile.</source>
        <translation>Las directrices de la UICN no dan números universales de ancho, longitud ni discontinuidades. Cada umbral de abajo proviene de la fuente citada a su lado y se puede cambiar en el perfil.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="358"/>
        <source>Width along the corridor</source>
        <translation>Ancho a lo largo del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="363"/>
        <source>Documented attributes</source>
        <translation>Atributos documentados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="364"/>
        <source>No attributes are filled in for this corridor.</source>
        <translation>No hay atributos completados para este corredor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="390"/>
        <source>Corridor guideline check</source>
        <translation>Verificación de directrices del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="393"/>
        <source>Made with the CCSG Corridor Toolkit on {0}</source>
        <translation>Hecho con CCSG Corridor Toolkit el {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="394"/>
        <source>Only the checks listed under &apos;IUCN guideline checks&apos; follow from the IUCN definition of an ecological corridor. All numeric thresholds come from the named literature or are design defaults of this toolkit; they are not IUCN rules.</source>
        <translation>Solo las verificaciones listadas en 'Verificaciones de las directrices de la UICN' se derivan de la definición de corredor ecológico de la UICN. Todos los umbrales numéricos provienen de la literatura citada o son valores predeterminados de diseño de esta herramienta; no son reglas de la UICN.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="406"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="69"/>
        <source>Corridor</source>
        <translation>Corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="64"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="412"/>
        <source>Required criteria failed</source>
        <translation>Criterios obligatorios no cumplidos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="412"/>
        <source>Criteria failed or warned</source>
        <translation>Criterios no cumplidos o con advertencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="443"/>
        <source>Criteria profile</source>
        <translation>Perfil de criterios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="444"/>
        <source>No profile information.</source>
        <translation>Sin información del perfil.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="445"/>
        <source>Data used</source>
        <translation>Datos usados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="446"/>
        <source>No data layers.</source>
        <translation>Sin capas de datos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/demo_action.py" line="37"/>
        <source>Demo project</source>
        <translation>Proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/demo_action.py" line="37"/>
        <source>Demo project loaded and saved as {0}</source>
        <translation>Proyecto de demostración cargado y guardado como {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="17"/>
        <source>Amphibians</source>
        <translation>Anfibios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="18"/>
        <source>Pond-to-upland links for amphibians: 50 m width, 30 m gaps, any paved road severs.</source>
        <translation>Enlaces entre charcas y tierras altas para anfibios: 50 m de ancho, discontinuidades de 30 m, cualquier carretera pavimentada corta.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="19"/>
        <source>Climate adaptation</source>
        <translation>Adaptación al clima</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="20"/>
        <source>Widen corridors for long-lived, climate-driven functions and require a gradient between the cores.</source>
        <translation>Ensanchar los corredores para funciones de larga duración impulsadas por el clima y exigir un gradiente entre los núcleos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="21"/>
        <source>Forest birds and small mammals</source>
        <translation>Aves forestales y pequeños mamíferos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="22"/>
        <source>Forest-dependent birds and small mammals: narrower corridors, small habitat gaps; the habitat graph test is the key check.</source>
        <translation>Aves y pequeños mamíferos dependientes del bosque: corredores más estrechos, pequeñas discontinuidades de hábitat; la prueba del grafo de hábitat es la verificación clave.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="23"/>
        <source>Freshwater, riverine</source>
        <translation>Agua dulce, ribereño</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="24"/>
        <source>River reaches with their floodplain: longitudinal barriers, lateral floodplain share, riparian buffers.</source>
        <translation>Tramos de río con su llanura de inundación: barreras longitudinales, proporción de llanura de inundación lateral, franjas ribereñas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="25"/>
        <source>Large carnivore</source>
        <translation>Gran carnívoro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="26"/>
        <source>Wide-ranging carnivores: 2 km minimum width, stricter road density, severance blocking, length against dispersal enforced.</source>
        <translation>Carnívoros de amplio rango: 2 km de ancho mínimo, densidad de carreteras más estricta, el corte bloquea, longitud frente a dispersión exigida.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="27"/>
        <source>Marine network</source>
        <translation>Red marina</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="28"/>
        <source>Networks of marine protected components: alongshore span and spacing set by adult movement and larval dispersal.</source>
        <translation>Redes de componentes marinos protegidos: extensión a lo largo de la costa y espaciamiento fijados por el movimiento de los adultos y la dispersión larvaria.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="29"/>
        <source>Terrestrial, multi-species (default)</source>
        <translation>Terrestre, multiespecie (predeterminado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="30"/>
        <source>Multi-species terrestrial linkage. Width 2 km after Beier 2019; gaps, edges and footprint thresholds are literature values or design defaults. Only the definitional checks are IUCN guideline checks.</source>
        <translation>Enlace terrestre multiespecie. Ancho de 2 km según Beier 2019; los umbrales de discontinuidades, bordes y huella humana son valores de la literatura o valores predeterminados de diseño. Solo las verificaciones de definición son verificaciones de las directrices de la UICN.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="31"/>
        <source>Clearly bounded space</source>
        <translation>Espacio claramente delimitado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="32"/>
        <source>Links at least two cores</source>
        <translation>Une al menos dos núcleos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="33"/>
        <source>Not simply part of one core</source>
        <translation>No es simplemente parte de un núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="34"/>
        <source>Connectivity objective stated</source>
        <translation>Objetivo de conectividad declarado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="35"/>
        <source>Governance type and authority</source>
        <translation>Tipo y autoridad de gobernanza</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="36"/>
        <source>Management plan or mechanism</source>
        <translation>Plan o mecanismo de gestión</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="37"/>
        <source>Long-term commitment</source>
        <translation>Compromiso a largo plazo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="38"/>
        <source>Effectiveness monitored</source>
        <translation>Eficacia con seguimiento</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="39"/>
        <source>Minimum width</source>
        <translation>Ancho mínimo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="158"/>
        <source>Pinch points</source>
        <translation>Cuellos de botella</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="42"/>
        <source>Length against dispersal distance</source>
        <translation>Longitud frente a distancia de dispersión</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="43"/>
        <source>Wider when longer</source>
        <translation>Más ancho cuanto más largo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="44"/>
        <source>Habitat continuity (largest gap)</source>
        <translation>Continuidad del hábitat (mayor discontinuidad)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="45"/>
        <source>Stepping-stone spacing</source>
        <translation>Espaciamiento de los trampolines ecológicos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="46"/>
        <source>Natural habitat share</source>
        <translation>Proporción de hábitat natural</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="47"/>
        <source>Interior beyond edge influence</source>
        <translation>Interior fuera de la influencia del borde</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="48"/>
        <source>Holds the least-cost path</source>
        <translation>Contiene la ruta de menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="49"/>
        <source>Cost efficiency of the route inside</source>
        <translation>Eficiencia de costo de la ruta interior</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="50"/>
        <source>Climate / elevation gradient</source>
        <translation>Gradiente climático / de elevación</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="52"/>
        <source>Riparian zones included</source>
        <translation>Zonas ribereñas incluidas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="53"/>
        <source>Share already protected</source>
        <translation>Proporción ya protegida</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="54"/>
        <source>Not severed by barriers</source>
        <translation>No cortado por barreras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="55"/>
        <source>Crossing structures on severing barriers</source>
        <translation>Pasos de fauna en las barreras que cortan</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="56"/>
        <source>Road density</source>
        <translation>Densidad de carreteras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="57"/>
        <source>Built-up land in and around</source>
        <translation>Suelo urbanizado dentro y alrededor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="58"/>
        <source>Artificial light at night</source>
        <translation>Luz artificial nocturna</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="59"/>
        <source>River barriers (longitudinal)</source>
        <translation>Barreras fluviales (longitudinales)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="60"/>
        <source>Floodplain included (lateral)</source>
        <translation>Llanura de inundación incluida (lateral)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="61"/>
        <source>Alongshore span</source>
        <translation>Extensión a lo largo de la costa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="62"/>
        <source>Spacing to the next protected component</source>
        <translation>Espaciamiento hasta el siguiente componente protegido</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="63"/>
        <source>Seasonal regime documented</source>
        <translation>Régimen estacional documentado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="90"/>
        <source>CCSG Corridors</source>
        <translation>Corredores CCSG</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="96"/>
        <source>Load demo project</source>
        <translation>Cargar proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/provider.py" line="15"/>
        <source>CCSG corridors</source>
        <translation>Corredores CCSG</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/provider.py" line="18"/>
        <source>CCSG Corridor Toolkit</source>
        <translation>CCSG Corridor Toolkit</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/analysis_outputs.py" line="30"/>
        <source>The project is not saved yet, so there is no folder to put the results in. Save the project (Project &gt; Save) or pick a folder in &apos;Save in&apos;.</source>
        <translation>El proyecto todavía no está guardado, así que no hay carpeta donde poner los resultados. Guarde el proyecto (Proyecto &gt; Guardar) o elija una carpeta en 'Guardar en'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="219"/>
        <source>The result file {0} could not be opened.</source>
        <translation>No se pudo abrir el archivo de resultados {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="150"/>
        <source>{0}: {1}{2}</source>
        <translation>{0}: {1}{2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="144"/>
        <source> (a required criterion fails)</source>
        <translation> (un criterio obligatorio no se cumple)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="250"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="251"/>
        <source>Loaded from</source>
        <translation>Cargado desde</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="112"/>
        <source>Realm</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="255"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="257"/>
        <source>Modifiers applied</source>
        <translation>Modificadores aplicados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="259"/>
        <source>Home-range width of the focal species (m)</source>
        <translation>Ancho del ámbito hogareño de la especie focal (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="260"/>
        <source>Longest dispersal distance (m)</source>
        <translation>Mayor distancia de dispersión (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="261"/>
        <source>Largest habitat gap crossed (m)</source>
        <translation>Mayor discontinuidad de hábitat que se cruza (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="264"/>
        <source>Habitat classes</source>
        <translation>Clases de hábitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="266"/>
        <source>Source of {0}</source>
        <translation>Fuente de {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="314"/>
        <source>Corridor guideline check: {0}</source>
        <translation>Verificación de directrices del corredor: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="331"/>
        <source>profile id &apos;{0}&apos;</source>
        <translation>id de perfil '{0}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/doctor_inputs.py" line="40"/>
        <source>no CRS</source>
        <translation>sin SRC</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/doctor_inputs.py" line="197"/>
        <source>Checking the least-cost inputs</source>
        <translation>Revisando las entradas de menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="84"/>
        <source>The raster layer &apos;{0}&apos; cannot be read as a file ({1}); save it as a GeoTIFF first.</source>
        <translation>La capa ráster '{0}' no se puede leer como archivo ({1}); guárdela primero como GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="71"/>
        <source>The raster layer could not be opened.</source>
        <translation>No se pudo abrir la capa ráster.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="134"/>
        <source>The raster layer &apos;{0}&apos; has no band {1}.</source>
        <translation>La capa ráster '{0}' no tiene la banda {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="123"/>
        <source>The raster layer &apos;{0}&apos; is rotated or not north-up; warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>La capa ráster '{0}' está rotada o no orientada al norte; deformela primero a una cuadrícula orientada al norte (Ráster &gt; Proyecciones &gt; Combar).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="112"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos;.</source>
        <translation>La capa '{0}' no tiene el campo '{1}'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rasterize.py" line="144"/>
        <source>A feature of &apos;{0}&apos; has no value in the core id field &apos;{1}&apos;; fill it in.</source>
        <translation>Una entidad de '{0}' no tiene valor en el campo de id de núcleo '{1}'; complételo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="323"/>
        <source>0 (source)</source>
        <translation>0 (origen)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="63"/>
        <source>The layer &apos;{0}&apos; has no coordinate reference system; set its CRS (Layer Properties &gt; Source) to the projected CRS it was made in.</source>
        <translation>La capa '{0}' no tiene sistema de referencia de coordenadas; asígnele (Propiedades de la capa &gt; Fuente) el SRC proyectado en el que se creó.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="84"/>
        <source>e.g. with Raster &gt; Projections &gt; Warp (Reproject)</source>
        <translation>p. ej. con Ráster &gt; Proyecciones &gt; Combar (reproyectar)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="86"/>
        <source>e.g. with Vector &gt; Data Management &gt; Reproject</source>
        <translation>p. ej. con Vectorial &gt; Gestión de datos &gt; Reproyectar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="87"/>
        <source>The layer &apos;{0}&apos; is in a geographic CRS ({1}, degrees); reproject it to a projected CRS in metres, {2}.</source>
        <translation>La capa '{0}' está en un SRC geográfico ({1}, grados); reproyéctela a un SRC proyectado en metros, {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="21"/>
        <source>The layer &apos;{0}&apos; has no features; choose a layer that holds them.</source>
        <translation>La capa '{0}' no tiene entidades; elija una capa que las tenga.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="27"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos;; choose its core id field.</source>
        <translation>La capa '{0}' no tiene el campo '{1}'; elija su campo de id de núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="30"/>
        <source>Some features of &apos;{0}&apos; have no value in the core id field &apos;{1}&apos;; give every core an id.</source>
        <translation>Algunas entidades de '{0}' no tienen valor en el campo de id de núcleo '{1}'; dé un id a cada núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="36"/>
        <source>The core id field &apos;{0}&apos; of &apos;{1}&apos; repeats the ids {2}; give every core its own id (or dissolve the features of one core first).</source>
        <translation>El campo de id de núcleo '{0}' de '{1}' repite los ids {2}; dé a cada núcleo su propio id (o disuelva antes las entidades de un mismo núcleo).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="108"/>
        <source>The raster &apos;{0}&apos; holds only NoData cells; choose the right band or file.</source>
        <translation>El ráster '{0}' solo contiene celdas NoData; elija la banda o el archivo correcto.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="98"/>
        <source>The resistance raster &apos;{0}&apos; has {1} cells with zero or negative resistance (lowest {2}); resistance must be positive: set them to a positive value, or to NoData where movement is impossible (Raster Calculator or Reclassify).</source>
        <translation>El ráster de resistencia '{0}' tiene {1} celdas con resistencia nula o negativa (mínimo {2}); la resistencia debe ser positiva: asígneles un valor positivo, o NoData donde el movimiento es imposible (Calculadora ráster o Reclasificar).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="108"/>
        <source>The layer &apos;{0}&apos; has no features with a geometry.</source>
        <translation>La capa '{0}' no tiene entidades con geometría.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="112"/>
        <source>The cores {0} of &apos;{1}&apos; lie outside the raster &apos;{2}&apos;; clip or remove them, or use a raster that covers them.</source>
        <comment>, </comment>
        <translation>Los núcleos {0} de '{1}' están fuera del ráster '{2}'; recórtelos o elimínelos, o use un ráster que los cubra.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="118"/>
        <source>The cores {0} of &apos;{1}&apos; lie entirely on NoData cells of &apos;{2}&apos;; give those cells a resistance or remove the cores.</source>
        <comment>, </comment>
        <translation>Los núcleos {0} de '{1}' están por completo sobre celdas NoData de '{2}'; dé una resistencia a esas celdas o elimine los núcleos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="126"/>
        <source>No feature of &apos;{0}&apos; lies on the raster &apos;{1}&apos;; use features inside the raster&apos;s extent.</source>
        <translation>Ninguna entidad de '{0}' está sobre el ráster '{1}'; use entidades dentro de la extensión del ráster.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="131"/>
        <source>The features of &apos;{0}&apos; lie only on NoData cells of &apos;{1}&apos;; move them onto cells with a resistance.</source>
        <translation>Las entidades de '{0}' solo están sobre celdas NoData de '{1}'; muévalas a celdas con resistencia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="45"/>
        <source>The output file {0} already exists; choose another name or delete it first (the toolkit never overwrites files).</source>
        <translation>El archivo de salida {0} ya existe; elija otro nombre o bórrelo antes (la herramienta nunca sobrescribe archivos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="66"/>
        <source>Flat</source>
        <translation>Planos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="67"/>
        <source>Round</source>
        <translation>Redondeados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="165"/>
        <source>Store: {0}</source>
        <translation>Almacén: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="170"/>
        <source>No store yet: create one next to the project, or open one.</source>
        <translation>Todavía no hay almacén: cree uno junto al proyecto o abra uno.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="118"/>
        <source>Corridor designer</source>
        <translation>Diseñador de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="214"/>
        <source>New corridor store</source>
        <translation>Nuevo almacén de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="221"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="221"/>
        <source>Open corridor store</source>
        <translation>Abrir almacén de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="299"/>
        <source>Create or open a corridor store first (New store… / Open store…).</source>
        <translation>Primero cree o abra un almacén de corredores (Nuevo almacén… / Abrir almacén…).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="418"/>
        <source>Corridors saved to {0}</source>
        <translation>Corredores guardados en {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="436"/>
        <source>{0} least-cost corridors copied into the store as candidates ({1} = {2}).</source>
        <translation>{0} corredores de menor costo copiados al almacén como candidatos ({1} = {2}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/map_tools.py" line="114"/>
        <source>Create or open a corridor store in the Corridor designer panel first.</source>
        <translation>Primero cree o abra un almacén de corredores en el panel Diseñador de corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/map_tools.py" line="173"/>
        <source>A corridor polygon needs at least three points; {0} were clicked. Click the outline, then right-click to finish.</source>
        <translation>Un polígono de corredor necesita al menos tres puntos; se hizo clic en {0}. Haga clic en el contorno y luego clic derecho para terminar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="104"/>
        <source>Corridor id</source>
        <translation>Id del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="105"/>
        <source>Your identifier for this corridor (free text).</source>
        <translation>Su identificador para este corredor (texto libre).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="106"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="107"/>
        <source>Name of the corridor.</source>
        <translation>Nombre del corredor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="108"/>
        <source>Connectivity objective</source>
        <translation>Objetivo de conectividad</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="109"/>
        <source>What connectivity the corridor maintains or restores, and for whom.</source>
        <translation>Qué conectividad mantiene o restaura el corredor, y para quién.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="110"/>
        <source>Target species / processes</source>
        <translation>Especies / procesos objetivo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="111"/>
        <source>Focal species (taxon names) or ecological processes, separated by &apos;;&apos;.</source>
        <translation>Especies focales (nombres de taxones) o procesos ecológicos, separados por ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="113"/>
        <source>Terrestrial, freshwater, marine or mixed (WDPA MARINE 0/1/2).</source>
        <translation>Terrestre, agua dulce, marino o mixto (WDPA MARINE 0/1/2).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="118"/>
        <source>Governance type</source>
        <translation>Tipo de gobernanza</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="119"/>
        <source>IUCN governance type A-D.</source>
        <translation>Tipo de gobernanza de la UICN A-D.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="120"/>
        <source>A - Governance by government</source>
        <translation>A - Gobernanza por parte del gobierno</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="121"/>
        <source>B - Shared governance</source>
        <translation>B - Gobernanza compartida</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="122"/>
        <source>C - Private governance</source>
        <translation>C - Gobernanza privada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="123"/>
        <source>D - Governance by Indigenous peoples and local communities</source>
        <translation>D - Gobernanza por parte de pueblos indígenas y comunidades locales</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="124"/>
        <source>Not Reported</source>
        <translation>No informado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="125"/>
        <source>Governance subtype</source>
        <translation>Subtipo de gobernanza</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="126"/>
        <source>WDPA GOV_TYPE; must belong to the governance type (A: agencies, B: shared, C: private, D: Indigenous peoples / local communities).</source>
        <translation>GOV_TYPE de la WDPA; debe pertenecer al tipo de gobernanza (A: organismos, B: compartida, C: privada, D: pueblos indígenas / comunidades locales).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="138"/>
        <source>Governance authority</source>
        <translation>Autoridad de gobernanza</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="139"/>
        <source>Body or bodies that make decisions.</source>
        <translation>Órgano u órganos que toman las decisiones.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="140"/>
        <source>Management authority</source>
        <translation>Autoridad de gestión</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="141"/>
        <source>WDPA MANG_AUTH equivalent, or &apos;Not Reported&apos;.</source>
        <translation>Equivalente a MANG_AUTH de la WDPA, o 'Not Reported'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="142"/>
        <source>Management plan</source>
        <translation>Plan de gestión</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="143"/>
        <source>WDPA MANG_PLAN equivalent: URL or reference (&apos;Not Reported&apos; fails the &apos;managed&apos; check).</source>
        <translation>Equivalente a MANG_PLAN de la WDPA: URL o referencia ('Not Reported' no cumple la verificación 'gestionado').</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="144"/>
        <source>Management mechanism</source>
        <translation>Mecanismo de gestión</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="145"/>
        <source>Other management mechanism, when there is no management plan.</source>
        <translation>Otro mecanismo de gestión, cuando no hay plan de gestión.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="146"/>
        <source>Ownership type</source>
        <translation>Tipo de propiedad</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="147"/>
        <source>WDPA OWN_TYPE.</source>
        <translation>OWN_TYPE de la WDPA.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="153"/>
        <source>Legal mechanism</source>
        <translation>Mecanismo legal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="154"/>
        <source>The legal or other effective means of long-term commitment.</source>
        <translation>El medio legal u otro medio eficaz de compromiso a largo plazo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="163"/>
        <source>Stage of designation (WDPA STATUS).</source>
        <translation>Etapa de la designación (STATUS de la WDPA).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="169"/>
        <source>Status year</source>
        <translation>Año del estado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="170"/>
        <source>Year the status was reached (4 digits).</source>
        <translation>Año en que se alcanzó el estado (4 dígitos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="171"/>
        <source>Commitment duration</source>
        <translation>Duración del compromiso</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="172"/>
        <source>&apos;permanent&apos; or a whole number of years.</source>
        <translation>'permanent' o un número entero de años.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="173"/>
        <source>Monitoring plan</source>
        <translation>Plan de seguimiento</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="174"/>
        <source>Text or URL of the monitoring plan.</source>
        <translation>Texto o URL del plan de seguimiento.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="175"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="176"/>
        <source>Monitoring indicators, separated by &apos;;&apos;.</source>
        <translation>Indicadores de seguimiento, separados por ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="177"/>
        <source>Last assessment</source>
        <translation>Última evaluación</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="178"/>
        <source>Date of the last effectiveness assessment.</source>
        <translation>Fecha de la última evaluación de eficacia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="179"/>
        <source>Connectivity type</source>
        <translation>Tipo de conectividad</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="180"/>
        <source>Structural, functional or both.</source>
        <translation>Estructural, funcional o ambas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="184"/>
        <source>Corridor form</source>
        <translation>Forma del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="185"/>
        <source>Continuous, stepping stones or landscape mosaic.</source>
        <translation>Continuo, trampolines ecológicos o mosaico de paisaje.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="189"/>
        <source>Corridor functions</source>
        <translation>Funciones del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="190"/>
        <source>Intended functions (Hess &amp; Fischer 2001), one or more, separated by &apos;;&apos;.</source>
        <translation>Funciones previstas (Hess y Fischer 2001), una o varias, separadas por ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="197"/>
        <source>Temporal regime</source>
        <translation>Régimen temporal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="198"/>
        <source>Permanent, seasonal or dynamic.</source>
        <translation>Permanente, estacional o dinámico.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="202"/>
        <source>Active months</source>
        <translation>Meses activos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="203"/>
        <source>For seasonal corridors: months 1-12, separated by &apos;;&apos;.</source>
        <translation>Para corredores estacionales: meses 1-12, separados por ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="204"/>
        <source>Rightsholders engaged</source>
        <translation>Titulares de derechos involucrados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="205"/>
        <source>Indigenous peoples, local communities and stakeholders engaged, separated by &apos;;&apos;.</source>
        <translation>Pueblos indígenas, comunidades locales y partes interesadas involucrados, separados por ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="206"/>
        <source>FPIC</source>
        <translation>CLPI</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="207"/>
        <source>Free, prior and informed consent obtained.</source>
        <translation>Consentimiento libre, previo e informado obtenido.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="211"/>
        <source>Transboundary</source>
        <translation>Transfronterizo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="212"/>
        <source>The corridor crosses a jurisdictional boundary.</source>
        <translation>El corredor cruza un límite jurisdiccional.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="213"/>
        <source>Design method</source>
        <translation>Método de diseño</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="214"/>
        <source>How the corridor was delineated.</source>
        <translation>Cómo se delimitó el corredor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="219"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="220"/>
        <source>WDPA VERIF.</source>
        <translation>VERIF de la WDPA.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="223"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="224"/>
        <source>Free notes.</source>
        <translation>Notas libres.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="225"/>
        <source>Centre line (WKT)</source>
        <translation>Línea central (WKT)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="226"/>
        <source>Centre line the corridor was drawn from (map CRS); empty for a drawn polygon.</source>
        <translation>Línea central a partir de la cual se dibujó el corredor (SRC del mapa); vacía para un polígono dibujado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="227"/>
        <source>Drawn width (m)</source>
        <translation>Ancho dibujado (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="228"/>
        <source>Width used to buffer the centre line, metres.</source>
        <translation>Ancho usado para el búfer de la línea central, en metros.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="229"/>
        <source>End style</source>
        <translation>Tipo de extremos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="230"/>
        <source>Ends of the buffered centre line: flat or round.</source>
        <translation>Extremos de la línea central con búfer: planos o redondeados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="233"/>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="234"/>
        <source>Computed on save: polygon area in hectares.</source>
        <translation>Calculada al guardar: área del polígono en hectáreas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="235"/>
        <source>Length (m)</source>
        <translation>Longitud (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="236"/>
        <source>Computed on save: length of the centre line, or the longest straight span of the polygon.</source>
        <translation>Calculada al guardar: longitud de la línea central, o el mayor tramo recto del polígono.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="237"/>
        <source>Minimum width (m)</source>
        <translation>Ancho mínimo (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="238"/>
        <source>Computed on save: the largest width for which the corridor, shrunk by half of it, still joins its two linked cores (0 when it does not join two cores).</source>
        <translation>Calculado al guardar: el mayor ancho para el cual el corredor, reducido en la mitad de ese ancho, todavía une sus dos núcleos enlazados (0 cuando no une dos núcleos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="239"/>
        <source>Connected core ids</source>
        <translation>Ids de núcleos conectados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="240"/>
        <source>Computed on save: ids of the cores the corridor touches, separated by &apos;;&apos;.</source>
        <translation>Calculado al guardar: ids de los núcleos que toca el corredor, separados por ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="284"/>
        <source>Check corridors against guideline criteria</source>
        <translation>Verificar corredores con los criterios de las directrices</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="285"/>
        <source>Corridor guidelines</source>
        <translation>Directrices de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="316"/>
        <source>Least-cost connectivity</source>
        <translation>Conectividad de menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="178"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="105"/>
        <source>Corridors (polygons)</source>
        <translation>Corredores (polígonos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="104"/>
        <source>Criteria profile (bundled id, user profile id or JSON file)</source>
        <translation>Perfil de criterios (id incluido, id de perfil de usuario o archivo JSON)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="115"/>
        <source>Cores / protected areas</source>
        <translation>Áreas núcleo / áreas protegidas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="120"/>
        <source>Land cover raster (class codes)</source>
        <translation>Ráster de cobertura del suelo (códigos de clase)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="120"/>
        <source>Habitat raster (1 = habitat, or class codes)</source>
        <translation>Ráster de hábitat (1 = hábitat, o códigos de clase)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="61"/>
        <source>Resistance raster</source>
        <translation>Ráster de resistencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="126"/>
        <source>Roads and other linear barriers</source>
        <translation>Carreteras y otras barreras lineales</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="131"/>
        <source>Crossing structures (points)</source>
        <translation>Pasos de fauna (puntos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="136"/>
        <source>Elevation (DEM)</source>
        <translation>Elevación (MDE)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="137"/>
        <source>Least-cost paths (core_a, core_b fields, from ccsg:leastcostcorridors)</source>
        <translation>Rutas de menor costo (campos core_a, core_b, de ccsg:leastcostcorridors)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="146"/>
        <source>Checked corridors</source>
        <translation>Corredores verificados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="149"/>
        <source>Report (HTML)</source>
        <translation>Informe (HTML)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="116"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="161"/>
        <source>Overall status per corridor (JSON)</source>
        <translation>Estado global por corredor (JSON)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="241"/>
        <source>Choose a corridors layer (polygons).</source>
        <translation>Elija una capa de corredores (polígonos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="293"/>
        <source>The check was cancelled; nothing was written.</source>
        <translation>La verificación se canceló; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="363"/>
        <source>Report written to {0}</source>
        <translation>Informe escrito en {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="78"/>
        <source>Corridors</source>
        <translation>Corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Land cover</source>
        <translation>Cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Habitat</source>
        <translation>Hábitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Roads and barriers</source>
        <translation>Carreteras y barreras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Crossing structures</source>
        <translation>Pasos de fauna</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="97"/>
        <source>Least-cost paths</source>
        <translation>Rutas de menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="68"/>
        <source>The folder {0} already holds a corridor run ({1}); choose an empty folder.</source>
        <translation>La carpeta {0} ya contiene una ejecución de corredores ({1}); elija una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="154"/>
        <source>The folder {0} holds no {1}; choose the cost-distance folder written by Least-cost corridors.</source>
        <translation>La carpeta {0} no contiene {1}; elija la carpeta de costo-distancia escrita por Corredores de menor costo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="165"/>
        <source>The file {0} is not a corridor run this version can read.</source>
        <translation>El archivo {0} no es una ejecución de corredores que esta versión pueda leer.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="188"/>
        <source>The cost-distance raster {0} is missing; run the corridors again.</source>
        <translation>Falta el ráster de costo-distancia {0}; ejecute de nuevo los corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="115"/>
        <source>cost units</source>
        <translation>unidades de costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="135"/>
        <source>Presets…</source>
        <translation>Preajustes…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="102"/>
        <source>No resistance: this class takes the default, or is impassable without one.</source>
        <translation>Sin resistencia: esta clase toma el valor predeterminado, o es infranqueable si no lo hay.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="104"/>
        <source>Found in the land-cover raster but not in the table. </source>
        <translation>Está en el ráster de cobertura del suelo pero no en la tabla. </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="120"/>
        <source>Least-cost analysis</source>
        <translation>Análisis de menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="135"/>
        <source>Load class table</source>
        <translation>Cargar tabla de clases</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="135"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="140"/>
        <source>Save class table</source>
        <translation>Guardar tabla de clases</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="60"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="343"/>
        <source>The input check failed: {0}</source>
        <translation>La revisión de entradas falló: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="343"/>
        <source>Check the layers; the run itself will report any problem.</source>
        <translation>Revise las capas; la propia ejecución informará de cualquier problema.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="359"/>
        <source>Fix the errors listed under &apos;Input check&apos;, then run again.</source>
        <translation>Corrija los errores listados en 'Revisión de entradas' y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="392"/>
        <source>Pick the resistance and the core areas to check them.</source>
        <translation>Elija la resistencia y las áreas núcleo para revisarlas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="420"/>
        <source>Re-cut corridors</source>
        <translation>Recortar corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="91"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="421"/>
        <source>Only the width cutoff changed: the corridors are re-cut from the kept cost distances.</source>
        <translation>Solo cambió el umbral de ancho: los corredores se recortan de nuevo a partir de los costo-distancia conservados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="421"/>
        <source>Fix the errors under &apos;Input check&apos; first.</source>
        <translation>Primero corrija los errores de 'Revisión de entradas'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="437"/>
        <source>Pick the core areas layer and its id field.</source>
        <translation>Elija la capa de áreas núcleo y su campo de id.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="460"/>
        <source>Pick the land-cover raster.</source>
        <translation>Elija el ráster de cobertura del suelo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="470"/>
        <source>Pick the resistance raster.</source>
        <translation>Elija el ráster de resistencia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="485"/>
        <source>Checking the inputs…</source>
        <translation>Revisando las entradas…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="84"/>
        <source>Least-cost analysis {0} (width {1:g}{2})</source>
        <translation>Análisis de menor costo {0} (ancho {1:g}{2})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="32"/>
        <source>Least-cost analysis {0}</source>
        <translation>Análisis de menor costo {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="111"/>
        <source>Building the resistance raster from land cover</source>
        <translation>Construyendo el ráster de resistencia a partir de la cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="111"/>
        <source>Resistance (from land cover)</source>
        <translation>Resistencia (de la cobertura del suelo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="131"/>
        <source>Cost distances and corridors</source>
        <translation>Costo-distancia y corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="100"/>
        <source>Least-cost corridors between the cores of &apos;{0}&apos; (CCSG Corridor Toolkit).</source>
        <translation>Corredores de menor costo entre los núcleos de '{0}' (CCSG Corridor Toolkit).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="80"/>
        <source>Corridor polygons</source>
        <translation>Polígonos de corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="42"/>
        <source>Corridors (normalised cost)</source>
        <translation>Corredores (costo normalizado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="204"/>
        <source>Re-cutting the corridors from the kept cost distances</source>
        <translation>Recortando los corredores a partir de los costo-distancia conservados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="201"/>
        <source>Corridors re-cut to a new width from the cost distances of {0}.</source>
        <translation>Corredores recortados a un nuevo ancho a partir de los costo-distancia de {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="251"/>
        <source>Cancelled: nothing was added or kept.</source>
        <translation>Cancelado: no se añadió ni conservó nada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="535"/>
        <source>Re-cutting failed ({0}); running the whole analysis.</source>
        <translation>El recorte falló ({0}); se ejecuta todo el análisis.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="536"/>
        <source>The kept cost distances cannot give this width; running everything.</source>
        <translation>Los costo-distancia conservados no pueden dar este ancho; se ejecuta todo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="253"/>
        <source>The run failed: {0}</source>
        <translation>La ejecución falló: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="566"/>
        <source>Corridors re-cut</source>
        <translation>Corredores recortados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="566"/>
        <source>Full run</source>
        <translation>Ejecución completa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="567"/>
        <source>{0} in {1:.1f} s: {2} least-cost paths, {3} corridor polygons, in the group &apos;{4}&apos;. Files: {5}</source>
        <translation>{0} en {1:.1f} s: {2} rutas de menor costo, {3} polígonos de corredor, en el grupo '{4}'. Archivos: {5}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="130"/>
        <source>Run the analysis first: there are no least-cost paths to pick.</source>
        <translation>Primero ejecute el análisis: no hay rutas de menor costo que elegir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="196"/>
        <source>{0} corridor(s) added to the candidate corridors ({1}).</source>
        <translation>
            <numerusform>{0} corredor añadido a los corredores candidatos ({1}).</numerusform>
            <numerusform>{0} corredores añadidos a los corredores candidatos ({1}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="100"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="125"/>
        <source>Step {0} of {1}: {2}</source>
        <translation>Paso {0} de {1}: {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="138"/>
        <source>The Processing algorithm {0} is not available.</source>
        <translation>El algoritmo de Procesos {0} no está disponible.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="228"/>
        <source>The algorithm failed without a message; see the Processing log.</source>
        <translation>El algoritmo falló sin mensaje; vea el registro de Procesos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="17"/>
        <source>Home-range width of the focal species</source>
        <translation>Ancho del ámbito hogareño de la especie focal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="17"/>
        <source>Longest dispersal distance</source>
        <translation>Mayor distancia de dispersión</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="17"/>
        <source>Largest habitat gap crossed</source>
        <translation>Mayor discontinuidad de hábitat que se cruza</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.py" line="121"/>
        <source>Land cover classes (codes)</source>
        <translation>Clases de cobertura del suelo (códigos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.py" line="122"/>
        <source>Habitat mask (1 = habitat)</source>
        <translation>Máscara de hábitat (1 = hábitat)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.py" line="124"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="40"/>
        <source>{0} (bundled)</source>
        <translation>{0} (incluido)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="47"/>
        <source>{0} (yours)</source>
        <translation>{0} (suyo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="113"/>
        <source>Modified, not saved: the check uses your edited thresholds.</source>
        <translation>Modificado, sin guardar: la verificación usa sus umbrales editados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="123"/>
        <source>&apos;{0}&apos; is not a number; the threshold was not changed.</source>
        <translation>'{0}' no es un número; el umbral no se cambió.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="159"/>
        <source>Copied to {0}; edit its thresholds in the table and save.</source>
        <translation>Copiado en {0}; edite sus umbrales en la tabla y guárdelo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="172"/>
        <source>{0} (edited)</source>
        <translation>{0} (editado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="182"/>
        <source>Profile saved to {0}</source>
        <translation>Perfil guardado en {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="196"/>
        <source>Imported {0}</source>
        <translation>Importado {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="205"/>
        <source>Import a criteria profile</source>
        <translation>Importar un perfil de criterios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="210"/>
        <source>Profiles (*.json)</source>
        <translation>Perfiles (*.json)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="210"/>
        <source>Export the criteria profile</source>
        <translation>Exportar el perfil de criterios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="214"/>
        <source>Profile exported to {0}</source>
        <translation>Perfil exportado a {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_run.py" line="68"/>
        <source>Choose the corridors layer first.</source>
        <translation>Primero elija la capa de corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_run.py" line="85"/>
        <source>Checking the corridors…</source>
        <translation>Verificando los corredores…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_run.py" line="111"/>
        <source>The check failed; see the Processing log.</source>
        <translation>La verificación falló; vea el registro de Procesos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_run.py" line="80"/>
        <source>Guideline check: {0}</source>
        <translation>Verificación de directrices: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="361"/>
        <source>Corridors checked against the profile {0}.</source>
        <translation>Corredores verificados con el perfil {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="360"/>
        <source>Guideline check</source>
        <translation>Verificación de directrices</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="266"/>
        <source>Value: {0}</source>
        <translation>Valor: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="268"/>
        <source>Threshold: {0}</source>
        <translation>Umbral: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="272"/>
        <source>Source: {0}</source>
        <translation>Fuente: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="80"/>
        <source>Cost distance</source>
        <translation>Costo-distancia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="290"/>
        <source>Computes, for every cell of the resistance raster, the lowest accumulated cost of reaching it from the nearest source (0 on the sources). The result is the same as GRASS r.cost (times the cell size), ArcGIS Cost Distance and Linkage Mapper&apos;s cost-weighted distance.
Resistance: a raster in a projected CRS (metres); NoData cells cannot be crossed; values must be positive. Moving one cell costs the mean resistance of the two cells times the distance in metres (x 1.41 diagonally).
Sources: points, lines or polygons (reprojected to the raster&apos;s CRS when needed). A cell is a source when a polygon holds its centre or a line or point touches it.
Neighbours: 8, or 16 to also allow knight&apos;s moves (straighter, less blocky paths; slower).
Maximum cost: cells costlier than this are left as NoData; 0 = no limit.
Cells that cannot be reached are NoData.</source>
        <translation>Calcula, para cada celda del ráster de resistencia, el menor costo acumulado para llegar a ella desde el origen más cercano (0 en los orígenes). El resultado es el mismo que r.cost de GRASS (por el tamaño de celda), Cost Distance de ArcGIS y la distancia ponderada por costo de Linkage Mapper.
Resistencia: un ráster en un SRC proyectado (metros); las celdas NoData no se pueden atravesar; los valores deben ser positivos. Pasar de una celda a otra cuesta la resistencia media de las dos celdas por la distancia en metros (x 1,41 en diagonal).
Orígenes: puntos, líneas o polígonos (reproyectados al SRC del ráster si hace falta). Una celda es origen cuando un polígono contiene su centro o una línea o un punto la toca.
Vecinos: 8, o 16 para permitir también los saltos de caballo (rutas más rectas y menos escalonadas; más lento).
Costo máximo: las celdas más costosas que este valor quedan como NoData; 0 = sin límite.
Las celdas que no se pueden alcanzar son NoData.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="296"/>
        <source>Least-cost corridors between cores</source>
        <translation>Corredores de menor costo entre núcleos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="298"/>
        <source>Least-cost path</source>
        <translation>Ruta de menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="299"/>
        <source>Finds the cheapest route over the resistance raster from the sources to each destination feature and writes it as a line: one line per destination, with its accumulated cost (cost) and its length in metres (length_m). A destination line or polygon is reached at its cheapest cell.
Resistance: a raster in a projected CRS (metres); NoData cells cannot be crossed; values must be positive. Moving one cell costs the mean resistance of the two cells times the distance in metres.
Sources and destinations: points, lines or polygons (reprojected to the raster&apos;s CRS when needed).
Neighbours: 8, or 16 to also allow knight&apos;s moves.
A destination that cannot be reached gets a line without geometry and an empty cost.</source>
        <translation>Encuentra la ruta más barata sobre el ráster de resistencia desde los orígenes hasta cada entidad de destino y la escribe como una línea: una línea por destino, con su costo acumulado (cost) y su longitud en metros (length_m). Una línea o un polígono de destino se alcanza en su celda más barata.
Resistencia: un ráster en un SRC proyectado (metros); las celdas NoData no se pueden atravesar; los valores deben ser positivos. Pasar de una celda a otra cuesta la resistencia media de las dos celdas por la distancia en metros.
Orígenes y destinos: puntos, líneas o polígonos (reproyectados al SRC del ráster si hace falta).
Vecinos: 8, o 16 para permitir también los saltos de caballo.
Un destino que no se puede alcanzar recibe una línea sin geometría y un costo vacío.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="306"/>
        <source>Resistance from land cover</source>
        <translation>Resistencia a partir de la cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="314"/>
        <source>Re-cut corridors (new width cutoff)</source>
        <translation>Recortar de nuevo los corredores (nuevo umbral de ancho)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="315"/>
        <source>Makes the corridors raster and corridor polygons again with another width cutoff, from the folder that &apos;Least-cost corridors between cores&apos; kept (advanced parameter &apos;Keep cost-distance rasters in folder&apos;). Nothing is recomputed but sums of the kept rasters, so trying several cutoffs takes seconds.
Width cutoff: cells up to this many cost units above the least-cost path are kept; 0 keeps everything. Width cutoff percentage: when above 0, each pair keeps its own least-cost distance times this percentage instead. Links dropped in the original run (through another core) stay dropped.</source>
        <translation>Vuelve a crear el ráster de corredores y los polígonos de corredor con otro umbral de ancho, a partir de la carpeta que conservó 'Corredores de menor costo entre núcleos' (parámetro avanzado 'Conservar los rásteres de costo-distancia en una carpeta'). No se recalcula nada salvo sumas de los rásteres conservados, así que probar varios umbrales lleva segundos.
Umbral de ancho: se conservan las celdas hasta esta cantidad de unidades de costo por encima de la ruta de menor costo; 0 lo conserva todo. Porcentaje del umbral de ancho: si es mayor que 0, cada par conserva en su lugar su propia distancia de menor costo por este porcentaje. Los enlaces descartados en la ejecución original (a través de otro núcleo) siguen descartados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="37"/>
        <source>Sources (points, lines or polygons)</source>
        <translation>Orígenes (puntos, líneas o polígonos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="72"/>
        <source>Neighbours (8, or 16 with knight&apos;s moves)</source>
        <translation>Vecinos (8, o 16 con saltos de caballo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="42"/>
        <source>Maximum cost (0 = no limit)</source>
        <translation>Costo máximo (0 = sin límite)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="61"/>
        <source>Choose a sources layer.</source>
        <translation>Elija una capa de orígenes.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="78"/>
        <source>Accumulated cost from the features of &apos;{0}&apos; over &apos;{1}&apos;; highest reached cost {2:,.0f}.</source>
        <translation>Costo acumulado desde las entidades de '{0}' sobre '{1}'; mayor costo alcanzado {2:,.0f}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="66"/>
        <source>Core areas (polygons)</source>
        <translation>Áreas núcleo (polígonos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="67"/>
        <source>Core id field</source>
        <translation>Campo de id de núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="82"/>
        <source>Maximum Euclidean distance between cores, m (0 = all pairs)</source>
        <translation>Distancia euclidiana máxima entre núcleos, m (0 = todos los pares)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="78"/>
        <source>Width cutoff, cost units (0 = none)</source>
        <translation>Umbral de ancho, unidades de costo (0 = ninguno)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="86"/>
        <source>Drop links through other cores</source>
        <translation>Descartar enlaces a través de otros núcleos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="85"/>
        <source>Width cutoff as % of each pair&apos;s LCD (0 = off; replaces the cutoff)</source>
        <translation>Umbral de ancho como % de la LCD de cada par (0 = desactivado; reemplaza al umbral)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="109"/>
        <source>Keep cost-distance rasters in folder (for re-cutting)</source>
        <translation>Conservar los rásteres de costo-distancia en una carpeta (para recortar de nuevo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="111"/>
        <source>Pairs linked</source>
        <translation>Pares unidos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="112"/>
        <source>Pairs dropped (through another core)</source>
        <translation>Pares descartados (a través de otro núcleo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="111"/>
        <source>Choose a core areas layer.</source>
        <translation>Elija una capa de áreas núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="163"/>
        <source>The cores layer is reprojected from {0} to the raster&apos;s CRS {1}.</source>
        <translation>La capa de núcleos se reproyecta de {0} al SRC del ráster {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="224"/>
        <source>No pair of cores is within the maximum Euclidean distance.</source>
        <translation>Ningún par de núcleos está dentro de la distancia euclidiana máxima.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="200"/>
        <source>Done in {0:.1f} s: {1} pairs linked, {2} dropped through another core.</source>
        <translation>Hecho en {0:.1f} s: {1} pares unidos, {2} descartados a través de otro núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="328"/>
        <source>Cores {0} and {1}: not connected (no passable route).</source>
        <translation>Núcleos {0} y {1}: no conectados (no hay ruta transitable).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="329"/>
        <source>Cores {0} and {1}: LCD {2:,.0f}, path {3:,.0f} m, Euclidean {4:,.0f} m</source>
        <translation>Núcleos {0} y {1}: LCD {2:,.0f}, ruta {3:,.0f} m, euclidiana {4:,.0f} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="335"/>
        <source> - passes through core {0}</source>
        <translation> - pasa por el núcleo {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="335"/>
        <source> (dropped)</source>
        <translation> (descartado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="38"/>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="64"/>
        <source>Choose a sources layer and a destinations layer.</source>
        <translation>Elija una capa de orígenes y una capa de destinos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="86"/>
        <source>Destination {0} cannot be reached from the sources.</source>
        <translation>El destino {0} no se puede alcanzar desde los orígenes.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="95"/>
        <source>Least-cost paths from &apos;{0}&apos; to each feature of &apos;{1}&apos; over &apos;{2}&apos;.</source>
        <translation>Rutas de menor costo desde '{0}' hasta cada entidad de '{1}' sobre '{2}'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="52"/>
        <source>Land-cover raster (class codes)</source>
        <translation>Ráster de cobertura del suelo (códigos de clase)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="54"/>
        <source>Class -&gt; resistance table</source>
        <translation>Tabla clase -&gt; resistencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="54"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="56"/>
        <source>...or a CSV file (class, resistance)</source>
        <translation>...o un archivo CSV (clase, resistencia)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="59"/>
        <source>Resistance of unlisted classes (empty = NoData, impassable)</source>
        <translation>Resistencia de las clases no listadas (vacío = NoData, infranqueable)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="101"/>
        <source>Give the class -&gt; resistance table, in the table or as a CSV file.</source>
        <translation>Indique la tabla clase -&gt; resistencia, en la tabla o como archivo CSV.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="113"/>
        <source>resistance {0}</source>
        <translation>resistencia {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="113"/>
        <source>NoData (impassable)</source>
        <translation>NoData (infranqueable)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="114"/>
        <source>Classes not in the table, given {0}: {1}</source>
        <translation>Clases que no están en la tabla, con {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="118"/>
        <source>Resistance from the land cover &apos;{0}&apos; with {1} classes in the table.</source>
        <translation>Resistencia a partir de la cobertura del suelo '{0}' con {1} clases en la tabla.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="34"/>
        <source>Folder of a corridor run (links.json)</source>
        <translation>Carpeta de una ejecución de corredores (links.json)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="71"/>
        <source>Least-cost corridors re-cut from {0}: {1} pairs.</source>
        <translation>Corredores de menor costo recortados de nuevo a partir de {0}: {1} pares.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="85"/>
        <source>Cores {0} and {1}: {2} corridor cells.</source>
        <translation>Núcleos {0} y {1}: {2} celdas de corredor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="112"/>
        <source>The run was cancelled; no output file was kept.</source>
        <translation>La ejecución se canceló; no se conservó ningún archivo de salida.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="132"/>
        <source>Choose a resistance raster.</source>
        <translation>Elija un ráster de resistencia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="142"/>
        <source>NEIGHBOURS must be 8 or 16, not {0}.</source>
        <translation>NEIGHBOURS debe ser 8 o 16, no {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="163"/>
        <source>The output {0} was written but QGIS cannot open it.</source>
        <translation>La salida {0} se escribió pero QGIS no puede abrirla.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/corridors.py" line="43"/>
        <source>Least-cost corridors between the demo cores (all pairs, 8 neighbours, width cutoff {0:,.0f}).</source>
        <translation>Corredores de menor costo entre los núcleos de demostración (todos los pares, 8 vecinos, umbral de ancho {0:,.0f}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/corridors.py" line="55"/>
        <source>Least-cost corridors</source>
        <translation>Corredores de menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="54"/>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="54"/>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="55"/>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="55"/>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/help.py" line="36"/>
        <source>Open the help page of this panel</source>
        <translation>Abrir la página de ayuda de este panel</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="183"/>
        <source>The run metadata could not be stored in {0}: {1}</source>
        <translation>No se pudieron guardar los metadatos de la ejecución en {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/candidates.py" line="128"/>
        <source>Two example candidate corridors on the demo cores: one wide, one with a narrow neck.</source>
        <translation>Dos corredores candidatos de ejemplo sobre los núcleos de demostración: uno ancho y otro con un estrechamiento.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/output.py" line="33"/>
        <source>Could not apply the style {0} to layer &apos;{1}&apos;: {2}</source>
        <translation>No se pudo aplicar el estilo {0} a la capa '{1}': {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/render.py" line="121"/>
        <source>Could not write the map image {0} (layout export error {1}).</source>
        <translation>No se pudo escribir la imagen del mapa {0} (error de exportación de la composición {1}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="65"/>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="66"/>
        <source>transects</source>
        <translation>transectos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="67"/>
        <source>features</source>
        <translation>entidades</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="68"/>
        <source>radiance</source>
        <translation>radiancia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="119"/>
        <source>Class {0} is listed twice in {1} (line {2}); keep one line per class.</source>
        <translation>La clase {0} aparece dos veces en {1} (línea {2}); deje una línea por clase.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="270"/>
        <source>Core {0} covers no cell of the resistance grid.</source>
        <translation>El núcleo {0} no cubre ninguna celda de la cuadrícula de resistencia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="450"/>
        <source>Every core needs both its cells and its geometry.</source>
        <translation>Cada núcleo necesita sus celdas y su geometría.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="475"/>
        <source>The resistance grid has no passable cell (all NoData, zero or negative).</source>
        <translation>La cuadrícula de resistencia no tiene ninguna celda transitable (todas NoData, nulas o negativas).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="170"/>
        <source>The {0} must be 0 (none) or positive, not {1}.</source>
        <translation>El/la {0} debe ser 0 (ninguno) o positivo, no {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="386"/>
        <source>The kept cost-distance rasters of cores {0} and {1} only reach {2} cost units, too little for this cutoff; run the corridors again with this cutoff or a larger one.</source>
        <translation>Los rásteres de costo-distancia conservados de los núcleos {0} y {1} solo llegan a {2} unidades de costo, muy poco para este umbral; ejecute de nuevo los corredores con este umbral o uno mayor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="453"/>
        <source>The cells of core {0} do not match the resistance grid&apos;s shape.</source>
        <translation>Las celdas del núcleo {0} no coinciden con la forma de la cuadrícula de resistencia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="66"/>
        <source>The resistance grid must be a non-empty 2-D array, not shape {0}.</source>
        <translation>La cuadrícula de resistencia debe ser una matriz 2D no vacía, no de forma {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="69"/>
        <source>The source mask has shape {0} but the resistance grid has shape {1}.</source>
        <translation>La máscara de orígenes tiene forma {0} pero la cuadrícula de resistencia tiene forma {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="97"/>
        <source>Neighbours must be 8 or 16, not {0}.</source>
        <translation>Los vecinos deben ser 8 o 16, no {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="78"/>
        <source>The cell size must be positive in both directions, not {0}.</source>
        <translation>El tamaño de celda debe ser positivo en ambas direcciones, no {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="81"/>
        <source>The maximum cost must be 0 (no limit) or positive, not {0}.</source>
        <translation>El costo máximo debe ser 0 (sin límite) o positivo, no {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="91"/>
        <source>No source cell lies on a passable resistance cell (all are NoData, zero or negative); check that the sources overlap the resistance raster.</source>
        <translation>Ninguna celda de origen está sobre una celda de resistencia transitable (todas son NoData, nulas o negativas); compruebe que los orígenes se superponen al ráster de resistencia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="75"/>
        <source>The cell size must be a pair of positive numbers (dx, dy), not {0}.</source>
        <translation>El tamaño de celda debe ser un par de números positivos (dx, dy), no {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="123"/>
        <source>Every severing barrier has ≥ {0} crossing(s); largest spacing {1} m</source>
        <translation>
            <numerusform>Cada barrera que corta tiene ≥ {0} paso de fauna; mayor separación {1} m</numerusform>
            <numerusform>Cada barrera que corta tiene ≥ {0} pasos de fauna; mayor separación {1} m</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="142"/>
        <source>{0} km of roads and tracks in {1} km²: {2} km/km²</source>
        <translation>{0} km de carreteras y caminos en {1} km²: {2} km/km²</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="54"/>
        <source>no barriers layer (roads, railways, canals, fences)</source>
        <translation>no hay capa de barreras (carreteras, vías férreas, canales, cercas)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="61"/>
        <source>{0} linear feature(s) cross the corridor; none severs it</source>
        <translation>
            <numerusform>{0} elemento lineal cruza el corredor; no lo corta</numerusform>
            <numerusform>{0} elementos lineales cruzan el corredor; ninguno lo corta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="92"/>
        <source>no barriers layer</source>
        <translation>no hay capa de barreras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="98"/>
        <source>No severing barrier, no crossing needed</source>
        <translation>Ninguna barrera lo corta, no hace falta ningún paso</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="100"/>
        <source>no crossing structures layer ({0} severing barrier(s) found)</source>
        <translation>
            <numerusform>sin capa de pasos de fauna ({0} barrera que corta encontrada)</numerusform>
            <numerusform>sin capa de pasos de fauna ({0} barreras que cortan encontradas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="121"/>
        <source>{0} (need ≥ {1}, spacing ≤ {2} m)</source>
        <translation>{0} (se necesitan ≥ {1}, espaciamiento ≤ {2} m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="130"/>
        <source>no roads / barriers layer</source>
        <translation>no hay capa de carreteras / barreras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="106"/>
        <source>Cheapest route inside costs {0}; unrestricted least-cost distance {1} (ratio {2})</source>
        <translation>La ruta más barata por dentro cuesta {0}; distancia de menor costo sin restricción {1} (cociente {2})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="138"/>
        <source>{0} % of the {1} lies inside the corridor</source>
        <translation>El {0} % del trazado ({1}) está dentro del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="94"/>
        <source>no resistance raster</source>
        <translation>no hay ráster de resistencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="104"/>
        <source>No route between the cores stays inside the corridor</source>
        <translation>Ninguna ruta entre los núcleos se mantiene dentro del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="134"/>
        <source>no least-cost path for this core pair and no resistance raster</source>
        <translation>no hay ruta de menor costo para este par de núcleos ni ráster de resistencia</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="43"/>
        <source>Touches {0} core(s) ({1}); at least {2} are needed (snap {3} m)</source>
        <translation>
            <numerusform>Toca {0} área núcleo ({1}); se necesitan al menos {2} (tolerancia {3} m)</numerusform>
            <numerusform>Toca {0} áreas núcleo ({1}); se necesitan al menos {2} (tolerancia {3} m)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="65"/>
        <source>At most {0} % lies inside a single core</source>
        <translation>Como máximo el {0} % está dentro de un solo núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="96"/>
        <source>Governance type {0}, authority {1}</source>
        <translation>Tipo de gobernanza {0}, autoridad {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="105"/>
        <source>Attributes management_plan and management_mechanism are missing or &apos;Not Reported&apos;</source>
        <translation>Los atributos management_plan y management_mechanism faltan o son 'Not Reported'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="132"/>
        <source>Commitment of {0} years ({1})</source>
        <translation>Compromiso de {0} años ({1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="166"/>
        <source>Monitored; last assessment {0} years ago</source>
        <translation>Con seguimiento; última evaluación hace {0} años</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="176"/>
        <source>{0} % of the corridor is already protected or core</source>
        <translation>El {0} % del corredor ya está protegido o es núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="23"/>
        <source>Not a clearly bounded space: {0}</source>
        <translation>No es un espacio claramente delimitado: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="25"/>
        <source>The corridor layer has no projected CRS: set one in metres</source>
        <translation>La capa de corredores no tiene un SRC proyectado: asigne uno en metros</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="28"/>
        <source>The corridor has {0} separate parts; only corridor_form = stepping_stone may be multi-part</source>
        <translation>
            <numerusform>El corredor tiene {0} parte separada; solo corridor_form = stepping_stone puede tener varias partes</numerusform>
            <numerusform>El corredor tiene {0} partes separadas; solo corridor_form = stepping_stone puede tener varias partes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="37"/>
        <source>no core areas layer (protected areas, OECMs, core habitat)</source>
        <translation>no hay capa de áreas núcleo (áreas protegidas, OMEC, hábitat núcleo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="42"/>
        <source>Touches {0} cores ({1})</source>
        <translation>Toca {0} núcleos ({1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="171"/>
        <source>no core areas layer</source>
        <translation>no hay capa de áreas núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="62"/>
        <source>{0} % lies inside core {1}: already protected core, not a linkage</source>
        <translation>El {0} % está dentro del núcleo {1}: es un núcleo ya protegido, no un enlace</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="75"/>
        <source>Attribute objective_connectivity is missing or empty: state what connectivity the corridor maintains or restores, for whom</source>
        <translation>Falta el atributo objective_connectivity o está vacío: indique qué conectividad mantiene o restaura el corredor, y para quién</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="87"/>
        <source>governance_type &apos;{0}&apos; is not an IUCN governance type A, B, C or D</source>
        <translation>governance_type '{0}' no es un tipo de gobernanza de la UICN A, B, C o D</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="102"/>
        <source>Management plan referenced</source>
        <translation>Plan de gestión referenciado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="104"/>
        <source>Management mechanism stated</source>
        <translation>Mecanismo de gestión indicado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="124"/>
        <source>Permanent commitment ({0})</source>
        <translation>Compromiso permanente ({0})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="127"/>
        <source>commitment_duration &apos;{0}&apos; is neither &apos;permanent&apos; nor a number of years</source>
        <translation>commitment_duration '{0}' no es 'permanent' ni un número de años</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="130"/>
        <source>Commitment of {0} years is under {1} years</source>
        <translation>Un compromiso de {0} años es inferior a {1} años</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="158"/>
        <source>Monitoring plan and indicators present; no last_assessment date</source>
        <translation>Plan de seguimiento e indicadores presentes; sin fecha en last_assessment</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="161"/>
        <source>last_assessment &apos;{0}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>last_assessment '{0}' no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="164"/>
        <source>Last assessment {0} years ago (over {1})</source>
        <translation>Última evaluación hace {0} años (más de {1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="55"/>
        <source>Minimum width {0} m &lt; {1} m at the marked narrowest section</source>
        <translation>Ancho mínimo {0} m &lt; {1} m en el tramo más estrecho marcado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/design.py" line="94"/>
        <source>{0} bottleneck(s) narrower than {1} m, about {2} m in total; narrowest {3} m{4}</source>
        <translation>
            <numerusform>{0} estrechamiento de menos de {1} m, unos {2} m en total; el más angosto {3} m{4}</numerusform>
            <numerusform>{0} estrechamientos de menos de {1} m, unos {2} m en total; el más angosto {3} m{4}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="118"/>
        <source>Length {0} m &gt; dispersal {1} m but width {2} m &lt; home-range width {3} m</source>
        <translation>Longitud {0} m &gt; dispersión {1} m pero ancho {2} m &lt; ancho del ámbito hogareño {3} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="136"/>
        <source>Length {0} km, width {1} m</source>
        <translation>Longitud {0} km, ancho {1} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="146"/>
        <source>{0} % of the corridor lies more than {1} m from its edge</source>
        <translation>El {0} % del corredor está a más de {1} m de su borde</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="167"/>
        <source>{0} m of stream inside; {1} % of its {2} m riparian buffer is inside the corridor</source>
        <translation>{0} m de cauce dentro; el {1} % de su franja ribereña de {2} m está dentro del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="18"/>
        <source>no core areas layer: width is measured between the two linked cores</source>
        <translation>no hay capa de áreas núcleo: el ancho se mide entre los dos núcleos enlazados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="20"/>
        <source>the corridor does not touch two cores (see connects_cores)</source>
        <translation>el corredor no toca dos núcleos (vea connects_cores)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="42"/>
        <source>does not apply to a stepping-stone corridor (see stepping_stone_spacing)</source>
        <translation>no se aplica a un corredor de trampolines ecológicos (vea stepping_stone_spacing)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="51"/>
        <source>Minimum width {0} m ≥ {1} m</source>
        <translation>Ancho mínimo {0} m ≥ {1} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="54"/>
        <source>No continuous strip links the two cores (width 0 m)</source>
        <translation>Ninguna franja continua une los dos núcleos (ancho 0 m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="61"/>
        <source>does not apply to a stepping-stone corridor</source>
        <translation>no se aplica a un corredor de trampolines ecológicos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="71"/>
        <source>No section narrower than {0} m</source>
        <translation>Ningún tramo más estrecho que {0} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="104"/>
        <source>Length {0} m ({1}) ≤ dispersal {2} m: passage in one dispersal event</source>
        <translation>Longitud {0} m ({1}) ≤ dispersión {2} m: paso en un solo evento de dispersión</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="109"/>
        <source>Length {0} m &gt; dispersal {1} m: corridor dwellers need width ≥ {2} m, not checked (no two linked cores)</source>
        <translation>Longitud {0} m &gt; dispersión {1} m: las especies que viven en el corredor necesitan un ancho ≥ {2} m, no verificado (no hay dos núcleos enlazados)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="114"/>
        <source>Length {0} m &gt; dispersal {1} m, and width {2} m ≥ home-range width {3} m (corridor dwellers)</source>
        <translation>Longitud {0} m &gt; dispersión {1} m, y ancho {2} m ≥ ancho del ámbito hogareño {3} m (especies que viven en el corredor)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="132"/>
        <source>Long corridor ({0} km) at about the minimum width ({1} m &lt; {2} × {3} m): longer corridors should be wider</source>
        <translation>Corredor largo ({0} km) con aproximadamente el ancho mínimo ({1} m &lt; {2} × {3} m): los corredores más largos deberían ser más anchos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="153"/>
        <source>no streams layer</source>
        <translation>no hay capa de cauces</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="161"/>
        <source>No stream runs inside the corridor</source>
        <translation>Ningún cauce recorre el interior del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="151"/>
        <source>the corridor geometry is not usable ({0})</source>
        <translation>la geometría del corredor no se puede usar ({0})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/evaluate.py" line="86"/>
        <source>does not apply to a {0} corridor</source>
        <translation>no se aplica a un corredor {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/evaluate.py" line="118"/>
        <source>The profile &apos;{0}&apos; has unknown criterion id(s): {1}</source>
        <translation>El perfil '{0}' tiene id(s) de criterio desconocido(s): {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/evaluate.py" line="93"/>
        <source>measurement failed ({0}: {1})</source>
        <translation>la medición falló ({0}: {1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="125"/>
        <source>A habitat gap of {0} m must be crossed (more than {1} m)</source>
        <translation>Hay que cruzar una discontinuidad de hábitat de {0} m (más de {1} m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="196"/>
        <source>{0} % natural habitat inside the corridor</source>
        <translation>{0} % de hábitat natural dentro del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="120"/>
        <source>The cores cannot be joined through habitat</source>
        <translation>Los núcleos no se pueden unir a través del hábitat</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="122"/>
        <source>Cores joined through {0} habitat patch(es); largest gap {1} m ≤ {2} m</source>
        <translation>
            <numerusform>Áreas núcleo unidas a través de {0} parche de hábitat; mayor discontinuidad {1} m ≤ {2} m</numerusform>
            <numerusform>Áreas núcleo unidas a través de {0} parches de hábitat; mayor discontinuidad {1} m ≤ {2} m</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="168"/>
        <source>{0} {1}: no chain of stones joins the cores</source>
        <translation>{0} {1}: ninguna cadena de trampolines une los núcleos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="144"/>
        <source>applies to stepping-stone corridors (corridor_form = stepping_stone or a multi-part corridor)</source>
        <translation>se aplica a corredores de trampolines ecológicos (corridor_form = stepping_stone o un corredor de varias partes)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="138"/>
        <source>single-part stepping-stone corridor and {0}</source>
        <translation>corredor de trampolines ecológicos de una sola parte y {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/inputs.py" line="73"/>
        <source>Not evaluated: {0}</source>
        <translation>No evaluado: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="341"/>
        <source>Unknown criteria profile &apos;{0}&apos;; available: {1}</source>
        <translation>Perfil de criterios desconocido '{0}'; disponibles: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="256"/>
        <source>Cannot read the profile file {0}: {1}</source>
        <translation>No se puede leer el archivo de perfil {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="271"/>
        <source>The profile file {0} is not valid JSON (line {1}, column {2}: {3})</source>
        <translation>El archivo de perfil {0} no es un JSON válido (línea {1}, columna {2}: {3})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="283"/>
        <source>Profile file {0}: {1}</source>
        <translation>Archivo de perfil {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="22"/>
        <source>{0} dam(s), weir(s) or culvert(s) inside the corridor</source>
        <translation>
            <numerusform>{0} presa, azud o alcantarilla dentro del corredor</numerusform>
            <numerusform>{0} presas, azudes o alcantarillas dentro del corredor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="39"/>
        <source>{0} % of the floodplain it meets lies inside the corridor; reported only</source>
        <translation>El {0} % de la llanura de inundación que toca está dentro del corredor; solo se informa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="81"/>
        <source>Nearest other protected component ({0}) is {1} km away</source>
        <translation>El componente protegido más cercano ({0}) está a {1} km</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="15"/>
        <source>no river barriers layer (dams, weirs, culverts)</source>
        <translation>no hay capa de barreras fluviales (presas, azudes, alcantarillas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="30"/>
        <source>no floodplain / riparian polygon layer</source>
        <translation>no hay capa de polígonos de llanura de inundación / ribereños</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="37"/>
        <source>No floodplain polygon meets the corridor</source>
        <translation>Ningún polígono de llanura de inundación toca el corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="46"/>
        <source>no coastline layer</source>
        <translation>no hay capa de línea de costa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="55"/>
        <source>No coastline inside the corridor</source>
        <translation>No hay línea de costa dentro del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="65"/>
        <source>no protected components (cores) layer</source>
        <translation>no hay capa de componentes protegidos (núcleos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="69"/>
        <source>no other protected component to measure the spacing to</source>
        <translation>no hay otro componente protegido con el que medir el espaciamiento</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="110"/>
        <source>Attribute temporal_regime is missing (permanent, seasonal or dynamic)</source>
        <translation>Falta el atributo temporal_regime (permanente, estacional o dinámico)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="113"/>
        <source>temporal_regime &apos;{0}&apos; is not permanent, seasonal or dynamic</source>
        <translation>temporal_regime '{0}' no es permanente, estacional ni dinámico</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="115"/>
        <source>A {0} corridor needs active_months</source>
        <translation>Un corredor {0} necesita active_months</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="81"/>
        <source>Built-up {0} % inside, {1}</source>
        <translation>Urbanizado {0} % dentro, {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="93"/>
        <source>Mean night-light {0}, maximum {1}; reported only</source>
        <translation>Luz nocturna media {0}, máxima {1}; solo se informa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="26"/>
        <source>no elevation (DEM) raster</source>
        <translation>no hay ráster de elevación (MDE)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="36"/>
        <source>Elevation {0}-{1} m inside the corridor (range {2} m); reported only</source>
        <translation>Elevación {0}-{1} m dentro del corredor (rango {2} m); solo se informa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="58"/>
        <source>no land-cover raster</source>
        <translation>no hay ráster de cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="61"/>
        <source>the profile lists no builtup_classes</source>
        <translation>el perfil no indica builtup_classes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="88"/>
        <source>no night-lights raster</source>
        <translation>no hay ráster de luces nocturnas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="35"/>
        <source>the elevation difference between the cores needs two linked cores</source>
        <translation>la diferencia de elevación entre los núcleos necesita dos núcleos enlazados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="45"/>
        <source>raster &apos;{0}&apos; has no elevation for core {1}</source>
        <translation>el ráster '{0}' no tiene elevación para el núcleo {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="127"/>
        <source>The least-cost path did not reach a source cell.</source>
        <translation>La ruta de menor costo no llegó a ninguna celda de origen.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="76"/>
        <source>The target mask has shape {0} but the cost grid has shape {1}.</source>
        <translation>La máscara de destino tiene forma {0} pero la cuadrícula de costos tiene forma {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="101"/>
        <source>The start cell {0} cannot be reached from any source; no path to trace.</source>
        <translation>La celda de inicio {0} no se puede alcanzar desde ningún origen; no hay ruta que trazar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="121"/>
        <source>The accumulated-cost grid is not consistent with the resistance at cell {0}; compute it with cost_distance on the same resistance, cell size and neighbours.</source>
        <translation>La cuadrícula de costo acumulado no es coherente con la resistencia en la celda {0}; calcúlela con cost_distance sobre la misma resistencia, tamaño de celda y vecinos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/pairs.py" line="20"/>
        <source>The maximum Euclidean distance must be 0 (all pairs) or positive, not {0}.</source>
        <translation>La distancia euclidiana máxima debe ser 0 (todos los pares) o positiva, no {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="231"/>
        <source>The default resistance must be positive, not {0}; leave it empty for NoData.</source>
        <translation>La resistencia predeterminada debe ser positiva, no {0}; déjela vacía para NoData.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="127"/>
        <source>given least-cost path</source>
        <translation>ruta de menor costo dada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="132"/>
        <source>least-cost path on the resistance raster</source>
        <translation>ruta de menor costo sobre el ráster de resistencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="30"/>
        <source>One valid bounded space of {0} ha{1}</source>
        <translation>Un único espacio delimitado válido de {0} ha{1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="30"/>
        <source> in {0} stepping stones</source>
        <translation> en {0} trampolines ecológicos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="93"/>
        <source>gov_subtype &apos;{0}&apos; does not belong to governance type {1}{2}</source>
        <translation>gov_subtype '{0}' no pertenece al tipo de gobernanza {1}{2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="93"/>
        <source> (it is a type {0} subtype)</source>
        <translation> (es un subtipo del tipo {0})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="134"/>
        <source>stones</source>
        <translation>trampolines</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="142"/>
        <source>habitat patches</source>
        <translation>parches de hábitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="58"/>
        <source>Alongshore span {0} km{1}</source>
        <translation>Extensión a lo largo de la costa {0} km{1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="58"/>
        <source> (smallest component)</source>
        <translation> (componente más pequeño)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="116"/>
        <source>Temporal regime {0}{1}</source>
        <translation>Régimen temporal {0}{1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="116"/>
        <source>, active months {0}</source>
        <translation>, meses activos {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="116"/>
        <source>% above LCD</source>
        <translation>% sobre la LCD</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="117"/>
        <source>Percent above each pair&apos;s least-cost distance (LCD): wider corridors for longer links</source>
        <translation>Porcentaje por encima de la distancia de menor costo (LCD) de cada par: corredores más anchos para enlaces más largos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="138"/>
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="138"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="370"/>
        <source>{0} error(s) to fix before running</source>
        <translation>
            <numerusform>{0} error que corregir antes de ejecutar</numerusform>
            <numerusform>{0} errores que corregir antes de ejecutar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="373"/>
        <source>Inputs usable, {0} warning(s)</source>
        <translation>
            <numerusform>Entradas utilizables, {0} advertencia</numerusform>
            <numerusform>Entradas utilizables, {0} advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="376"/>
        <source>Inputs look fine</source>
        <translation>Las entradas parecen correctas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="380"/>
        <source>see Input check</source>
        <translation>vea Revisión de entradas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="163"/>
        <source>Pick a least-cost path or select corridor polygons first.</source>
        <translation>Primero elija una ruta de menor costo o seleccione polígonos de corredor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="35"/>
        <source>no habitat or land-cover raster</source>
        <translation>no hay ráster de hábitat ni de cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="37"/>
        <source>the profile lists no habitat_classes for the land-cover raster &apos;{0}&apos;</source>
        <translation>el perfil no indica habitat_classes para el ráster de cobertura del suelo '{0}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/inputs.py" line="222"/>
        <source>longest span</source>
        <translation>mayor tramo recto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="322"/>
        <source>least-cost path</source>
        <translation>ruta de menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/inputs.py" line="221"/>
        <source>corridor axis</source>
        <translation>eje del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/raster.py" line="183"/>
        <source>raster &apos;{0}&apos; does not cover the corridor</source>
        <translation>el ráster '{0}' no cubre el corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/raster.py" line="192"/>
        <source>raster &apos;{0}&apos; is NoData on {1} % of the corridor</source>
        <translation>el ráster '{0}' es NoData en el {1} % del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/raster.py" line="188"/>
        <source>raster &apos;{0}&apos; covers only {1} % of the corridor</source>
        <translation>el ráster '{0}' solo cubre el {1} % del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="164"/>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="165"/>
        <source>Inscribed</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="166"/>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="167"/>
        <source>Designated</source>
        <translation>Designado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="168"/>
        <source>Established</source>
        <translation>Establecido</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="317"/>
        <source>Draft (no status)</source>
        <translation>Borrador (sin estado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="318"/>
        <source>Pass</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="319"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="320"/>
        <source>Fails a required criterion</source>
        <translation>No cumple un criterio obligatorio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="321"/>
        <source>Not evaluated</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="324"/>
        <source>highest cost</source>
        <translation>costo más alto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="328"/>
        <source>1 (easy to cross)</source>
        <translation>1 (fácil de atravesar)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="329"/>
        <source>2028 (hard to cross)</source>
        <translation>2028 (difícil de atravesar)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="180"/>
        <source>Workshop exercise</source>
        <translation>Ejercicio del taller</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="185"/>
        <source>Adding {0} corridor(s) to the candidate corridors…</source>
        <translation>
            <numerusform>Añadiendo {0} corredor a los corredores candidatos…</numerusform>
            <numerusform>Añadiendo {0} corredores a los corredores candidatos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="571"/>
        <source>Done. Pick a path on the map to see its link-table row.</source>
        <translation>Hecho. Elija una ruta en el mapa para ver su fila de la tabla de enlaces.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="186"/>
        <source>Not evaluated against the {0} % natural-habitat share: {1}; the mean resistance inside the corridor, {2} (resistance units), is reported for information only</source>
        <translation>No evaluado frente a la proporción de hábitat natural del {0} %: {1}; la resistencia media dentro del corredor, {2} (unidades de resistencia), se informa solo a título informativo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="147"/>
        <source> (required criteria not evaluated: {0})</source>
        <translation> (criterios obligatorios no evaluados: {0})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="314"/>
        <source>Required criteria not evaluated:</source>
        <translation>Criterios obligatorios no evaluados:</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="432"/>
        <source>{0} (not evaluated)</source>
        <translation>{0} (no evaluado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="167"/>
        <source>The {0} layer &apos;{1}&apos; must hold {2} geometries; it holds {3}. Choose a layer of {2} geometries.</source>
        <translation>La capa de {0} '{1}' debe contener geometrías de tipo {2}; contiene {3}. Elija una capa de geometrías de tipo {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="254"/>
        <source>streams</source>
        <translation>cauces</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="255"/>
        <source>floodplain / riparian</source>
        <translation>llanura de inundación / ribereña</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="256"/>
        <source>river barriers</source>
        <translation>barreras fluviales</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="257"/>
        <source>coastline</source>
        <translation>línea de costa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Streams</source>
        <translation>Cauces</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Floodplain / riparian areas</source>
        <translation>Llanura de inundación / zonas ribereñas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>River barriers (dams, weirs, culverts)</source>
        <translation>Barreras fluviales (presas, azudes, alcantarillas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Coastline</source>
        <translation>Línea de costa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Night lights</source>
        <translation>Luces nocturnas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="165"/>
        <source>Streams and rivers (lines; riparian zones included)</source>
        <translation>Cauces y ríos (líneas; zonas ribereñas incluidas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="165"/>
        <source>Floodplain or riparian areas (polygons; share inside the corridor)</source>
        <translation>Llanuras de inundación o zonas ribereñas (polígonos; proporción dentro del corredor)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="165"/>
        <source>River barriers: dams, weirs, culverts (points; counted inside the corridor)</source>
        <translation>Barreras fluviales: presas, azudes, alcantarillas (puntos; contados dentro del corredor)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="165"/>
        <source>Coastline (lines; alongshore length inside the corridor)</source>
        <translation>Línea de costa (líneas; longitud a lo largo de la costa dentro del corredor)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="176"/>
        <source>Night-lights raster (radiance; artificial light at night)</source>
        <translation>Ráster de luces nocturnas (radiancia; luz artificial nocturna)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="76"/>
        <source>{0}the resistance &apos;{1}&apos; is not a number. Write a positive number, &apos;nodata&apos; for an impassable class, or leave it empty for an unlisted class.</source>
        <translation>{0}la resistencia '{1}' no es un número. Escriba un número positivo, 'nodata' para una clase infranqueable, o deje la celda vacía para una clase no listada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="79"/>
        <source>{0}the resistance {1} is not allowed: resistances must be positive and finite. Write &apos;nodata&apos; to make the class impassable.</source>
        <translation>{0}la resistencia {1} no está permitida: las resistencias deben ser positivas y finitas. Escriba 'nodata' para que la clase sea infranqueable.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="85"/>
        <source>Line {0} of {1}: </source>
        <translation>Línea {0} de {1}: </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="113"/>
        <source>{0}the class &apos;{1}&apos; is not a number. Each line must be class,resistance[,label] with a number for the class.</source>
        <translation>{0}la clase '{1}' no es un número. Cada línea debe ser clase,resistencia[,etiqueta] con un número para la clase.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="117"/>
        <source>{0}the class &apos;{1}&apos; is not a finite number.</source>
        <translation>{0}la clase '{1}' no es un número finito.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="122"/>
        <source>Line {0} of {1} (class {2}): </source>
        <translation>Línea {0} de {1} (clase {2}): </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="148"/>
        <source>The table must have a resistance column for every class ({0} columns).</source>
        <translation>La tabla debe tener una columna de resistencia para cada clase ({0} columnas).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="174"/>
        <source>The file &apos;{0}&apos; is not a text CSV table (it holds binary data). Choose the CSV file with one line per class: class,resistance[,label].</source>
        <translation>El archivo '{0}' no es una tabla CSV de texto (contiene datos binarios). Elija el archivo CSV con una línea por clase: clase,resistencia[,etiqueta].</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="183"/>
        <source>The file &apos;{0}&apos; is {1:.0f} MB, too big for a class table; choose the CSV file with one line per class.</source>
        <translation>El archivo '{0}' ocupa {1:.0f} MB, demasiado para una tabla de clases; elija el archivo CSV con una línea por clase.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="187"/>
        <source>The class table &apos;{0}&apos; cannot be read ({1}).</source>
        <translation>No se puede leer la tabla de clases '{0}' ({1}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="222"/>
        <source>The class -&gt; resistance table {0} gives no class a resistance; give one line per land-cover class: class,resistance.</source>
        <translation>La tabla clase -&gt; resistencia {0} no da resistencia a ninguna clase; dé una línea por clase de cobertura del suelo: clase,resistencia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="44"/>
        <source> and {0} more</source>
        <translation> y {0} más</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="28"/>
        <source>The cores layer &apos;{0}&apos; holds {1} geometries; core areas must be polygons.</source>
        <translation>La capa de áreas núcleo '{0}' contiene geometrías {1}; las áreas núcleo deben ser polígonos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="28"/>
        <source>Buffer the points or lines into polygons (Vector &gt; Geoprocessing Tools &gt; Buffer), or pick the polygon layer of core areas.</source>
        <translation>Convierta los puntos o líneas en polígonos con un buffer (Vectorial &gt; Herramientas de geoproceso &gt; Buffer), o elija la capa de polígonos de las áreas núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="37"/>
        <source>The cores layer &apos;{0}&apos; holds {1} core; corridors link pairs of cores, so at least two are needed.</source>
        <translation>La capa de áreas núcleo '{0}' contiene {1} área núcleo; los corredores unen pares de áreas núcleo, así que se necesitan al menos dos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="37"/>
        <source>Add core areas, or pick the layer (or remove the filter) that holds all of them.</source>
        <translation>Agregue áreas núcleo, o elija la capa (o quite el filtro) que las contiene todas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="46"/>
        <source>Cores of &apos;{0}&apos; overlap or touch: {1}. Each such pair is linked at zero cost, with a path of no length.</source>
        <translation>Áreas núcleo de '{0}' se superponen o se tocan: {1}. Cada uno de esos pares queda unido a costo cero, con una ruta sin longitud.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="170"/>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="46"/>
        <source>Merge cores that are one habitat (Vector &gt; Geoprocessing Tools &gt; Dissolve on the id field), or separate them.</source>
        <translation>Una las áreas núcleo que son un mismo hábitat (Vectorial &gt; Herramientas de geoproceso &gt; Disolver sobre el campo id), o sepárelas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="66"/>
        <source>The {0} has {1}{2} cells with an infinite resistance (+inf or -inf), {3}.</source>
        <translation>
            <numerusform>El {0} tiene {1}{2} celda con resistencia infinita (+inf o -inf), {3}.</numerusform>
            <numerusform>El {0} tiene {1}{2} celdas con resistencia infinita (+inf o -inf), {3}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="66"/>
        <source>Resistance must be a positive finite number: set those cells to NoData where movement is impossible, or to a large finite value (Raster Calculator).</source>
        <translation>La resistencia debe ser un número positivo finito: ponga esas celdas en NoData donde el movimiento es imposible, o en un valor finito grande (Calculadora ráster).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="51"/>
        <source>The core areas layer &apos;{0}&apos; holds {1} features; core areas must be polygons. Buffer points or lines into polygons first (Vector &gt; Geoprocessing Tools &gt; Buffer), or choose the polygon layer of core areas.</source>
        <translation>La capa de áreas núcleo '{0}' contiene entidades de tipo {1}; las áreas núcleo deben ser polígonos. Convierta antes los puntos o líneas en polígonos con un buffer (Vectorial &gt; Herramientas de geoproceso &gt; Buffer), o elija la capa de polígonos de las áreas núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="62"/>
        <source>The cores {0} of &apos;{1}&apos; have no geometry (in the field &apos;{2}&apos;); draw their outline or delete those features.</source>
        <translation>Las áreas núcleo {0} de '{1}' no tienen geometría (en el campo '{2}'); dibuje su contorno o elimine esas entidades.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="70"/>
        <source>The layer &apos;{0}&apos; holds {1} core; corridors link pairs of cores, so at least two cores are needed. Add core areas, or choose the layer that holds all of them.</source>
        <translation>La capa '{0}' contiene {1} área núcleo; los corredores unen pares de áreas núcleo, así que se necesitan al menos dos. Agregue áreas núcleo, o elija la capa que las contiene todas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="91"/>
        <source>The resistance raster &apos;{0}&apos; has {1} cells with an infinite resistance (+inf or -inf); resistance must be a positive finite number: set those cells to NoData where movement is impossible, or to a large finite value (Raster Calculator).</source>
        <translation>El ráster de resistencia '{0}' tiene {1} celdas con resistencia infinita (+inf o -inf); la resistencia debe ser un número positivo finito: ponga esas celdas en NoData donde el movimiento es imposible, o en un valor finito grande (Calculadora ráster).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="73"/>
        <source>cost-distance</source>
        <translation>costo-distancia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="170"/>
        <source>Cores of &apos;{0}&apos; overlap or touch: {1}. Each such pair is linked at zero cost, with a path of no length (written without a geometry); merge or separate these cores if they are not one habitat.</source>
        <translation>Áreas núcleo de '{0}' se superponen o se tocan: {1}. Cada uno de esos pares queda unido a costo cero, con una ruta sin longitud (escrita sin geometría); una o separe esas áreas núcleo si no son un mismo hábitat.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_outputs.py" line="110"/>
        <source>{0} {1} cells exceed the largest value a Float32 raster holds ({2:.3g}); they are written as NoData. Lower the resistance values (rescale them) to keep them.</source>
        <translation>{0} celdas de {1} superan el mayor valor que admite un ráster Float32 ({2:.3g}); se escriben como NoData. Reduzca los valores de resistencia (reescálelos) para conservarlas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/layer_roles.py" line="25"/>
        <source>core</source>
        <translation>núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/layer_roles.py" line="26"/>
        <source>resist</source>
        <translation>resist</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="331"/>
        <source>The layer {0} is not in edit mode, so its vertices cannot be moved. Click Save edits (it turns editing on again) or Toggle Editing, then move the vertices.</source>
        <translation>La capa {0} no está en modo de edición, así que sus vértices no se pueden mover. Haga clic en Guardar cambios (vuelve a activar la edición) o en Conmutar edición y mueva luego los vértices.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="409"/>
        <source>Editing of {0} was off, so there was nothing to save. It is on again: move the vertices with the Vertex Tool, then click Save edits.</source>
        <translation>La edición de {0} estaba desactivada, así que no había nada que guardar. Vuelve a estar activada: mueva los vértices con la Herramienta de vértices y haga clic en Guardar cambios.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="52"/>
        <source>The core ids {0} and {1} both become the file name {2} in the cost-distance folder. Give the cores ids that differ in letters or digits, not only in spaces, signs or case.</source>
        <translation>Los identificadores de núcleo {0} y {1} dan el mismo nombre de archivo {2} en la carpeta de costo-distancia. Dé a los núcleos identificadores que difieran en letras o cifras, no solo en espacios, signos o mayúsculas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="75"/>
        <source>The folder {0} holds cost-distance rasters of a run that did not finish ({1}; no {2}). Delete them or choose an empty folder.</source>
        <translation>La carpeta {0} contiene rásteres de costo-distancia de una ejecución que no terminó ({1}; sin {2}). Bórrelos o elija una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="38"/>
        <source>The output {0} goes to {1}, which is not a file. The toolkit writes files only: choose a file (for example a .gpkg) and load it into the database afterwards.</source>
        <translation>La salida {0} va a {1}, que no es un archivo. La caja de herramientas solo escribe archivos: elija un archivo (por ejemplo un .gpkg) y cárguelo después en la base de datos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="108"/>
        <source>The folder given for {0}, {1}, is a file. Give the path of a folder (it is created when missing).</source>
        <translation>La carpeta indicada para {0}, {1}, es un archivo. Indique la ruta de una carpeta (se crea si no existe).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="115"/>
        <source>The output {0}, {1}, is a folder. Give a file name inside it.</source>
        <translation>La salida {0}, {1}, es una carpeta. Indique un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="118"/>
        <source>The output folder {0} (for {1}) is a file, not a folder. Choose another folder.</source>
        <translation>La carpeta de salida {0} (para {1}) es un archivo, no una carpeta. Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="122"/>
        <source>The output {0}, {1}, is also an input of this run; the toolkit never writes over its inputs. Choose another file name.</source>
        <translation>La salida {0}, {1}, es también una entrada de esta ejecución; la caja de herramientas nunca sobrescribe sus entradas. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="125"/>
        <source>The output {0}, {1}, is a corridor store; the toolkit never writes over it. Choose another file name.</source>
        <translation>La salida {0}, {1}, es un almacén de corredores; la caja de herramientas nunca lo sobrescribe. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="135"/>
        <source>{0} and {1} name the same file, {2}. Give each output its own name.</source>
        <translation>{0} y {1} designan el mismo archivo, {2}. Dé a cada salida su propio nombre.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="121"/>
        <source>The folder {0} is on a read-only disk, so {1} cannot be written there. Choose an output folder you can write to.</source>
        <translation>La carpeta {0} está en un disco de solo lectura, así que {1} no se puede escribir allí. Elija una carpeta de salida en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="124"/>
        <source>You may not write in the folder {0} (permission denied), so {1} cannot be written there. Choose an output folder you can write to, or ask for write access.</source>
        <translation>No tiene permiso para escribir en la carpeta {0} (permiso denegado), así que {1} no se puede escribir allí. Elija una carpeta de salida en la que pueda escribir o pida acceso de escritura.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="128"/>
        <source>The disk holding {0} is full: {1} could not be written, and nothing was kept. Free some space or choose an output folder on another disk.</source>
        <translation>El disco que contiene {0} está lleno: no se pudo escribir {1} y no se conservó nada. Libere espacio o elija una carpeta de salida en otro disco.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="130"/>
        <source>Could not write {0}: {1}. Nothing was kept.</source>
        <translation>No se pudo escribir {0}: {1}. No se conservó nada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="179"/>
        <source>Output names may not start with {0}: the toolkit keeps that prefix for its temporary files. Choose another name.</source>
        <translation>Los nombres de salida no pueden empezar por {0}: la caja de herramientas reserva ese prefijo para sus archivos temporales. Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="199"/>
        <source>The toolkit cannot write a raster as a .{0} file ({1}). Use .tif (GeoTIFF), or another raster format GDAL writes, such as .asc or .sdat.</source>
        <translation>La caja de herramientas no puede escribir un ráster como archivo .{0} ({1}). Use .tif (GeoTIFF) u otro formato ráster que GDAL escriba, como .asc o .sdat.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="312"/>
        <source>The toolkit cannot write a vector layer as a .{0} file ({1}). Use .gpkg (GeoPackage), .shp, .geojson or another vector format QGIS writes.</source>
        <translation>La caja de herramientas no puede escribir una capa vectorial como archivo .{0} ({1}). Use .gpkg (GeoPackage), .shp, .geojson u otro formato vectorial que QGIS escriba.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="260"/>
        <source>The profile file {0} is a binary file, not a criteria profile (JSON text). Pick the .json file exported from the Corridor check panel.</source>
        <translation>El archivo de perfil {0} es un archivo binario, no un perfil de criterios (texto JSON). Elija el archivo .json exportado desde el panel de verificación de corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="265"/>
        <source>The profile file {0} is not UTF-8 text (byte {1} at position {2}; it may be Latin-1 or Windows-1252). Open it in a text editor and save it with the UTF-8 encoding, then try again.</source>
        <translation>El archivo de perfil {0} no es texto UTF-8 (byte {1} en la posición {2}; puede estar en Latin-1 o Windows-1252). Ábralo en un editor de texto, guárdelo con la codificación UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="274"/>
        <source>The profile file {0} nests lists or objects too deeply to be a criteria profile. Pick the .json file exported from the Corridor check panel.</source>
        <translation>El archivo de perfil {0} anida listas u objetos a demasiada profundidad para ser un perfil de criterios. Elija el archivo .json exportado desde el panel de verificación de corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="332"/>
        <source>&apos;{0}&apos; is not a criteria profile id: ids use letters, digits, _ or - only. Pick a profile from the list, or give the path of a .json profile file.</source>
        <translation>'{0}' no es un identificador de perfil de criterios: los identificadores solo usan letras, dígitos, _ o -. Elija un perfil de la lista o indique la ruta de un archivo de perfil .json.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="373"/>
        <source>&apos;{0}&apos; is not a profile modifier id: ids use letters, digits, _ or - only.</source>
        <translation>'{0}' no es un identificador de modificador de perfil: los identificadores solo usan letras, dígitos, _ o -.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="251"/>
        <source>The corridors could not be saved to {0}: {1}. Your {2} unsaved change(s) are kept in the layer&apos;s edit buffer. Close the program that writes to or locks this file (or wait for it to finish), or make the file writable, then save again.</source>
        <translation>No se pudieron guardar los corredores en {0}: {1}. Sus {2} cambio(s) sin guardar se conservan en el búfer de edición de la capa. Cierre el programa que escribe en este archivo o lo bloquea (o espere a que termine), o haga que el archivo se pueda escribir, y guarde de nuevo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="342"/>
        <source>another program was writing to the file (database is locked)</source>
        <translation>otro programa estaba escribiendo en el archivo (database is locked)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="163"/>
        <source>not a corridor run</source>
        <translation>no es una ejecución de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="173"/>
        <source>&apos;geotransform&apos; needs 6 numbers and &apos;shape&apos; 2 positive whole numbers</source>
        <translation>'geotransform' necesita 6 números y 'shape' 2 números enteros positivos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="180"/>
        <source>a link joins core {0} and core {1}, which are not both in &apos;cores&apos;</source>
        <translation>un enlace une el núcleo {0} y el núcleo {1}, que no están ambos en 'cores'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="183"/>
        <source>missing key {0}</source>
        <translation>falta la clave {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="199"/>
        <source>the window of core {0} does not match {1}</source>
        <translation>la ventana del núcleo {0} no coincide con {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="211"/>
        <source>The file {0} is damaged ({1}). Run Least-cost corridors (ccsg:leastcostcorridors) again, keeping the cost-distance rasters in a new folder, and use that folder.</source>
        <translation>El archivo {0} está dañado ({1}). Ejecute de nuevo Corredores de menor costo (ccsg:leastcostcorridors) conservando los rásteres de costo-distancia en una carpeta nueva, y use esa carpeta.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="219"/>
        <source>&apos;{0}&apos; is not a list</source>
        <translation>'{0}' no es una lista</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="221"/>
        <source>&apos;{0}&apos; is not a JSON object</source>
        <translation>'{0}' no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="222"/>
        <source>&apos;{0}&apos; is not text</source>
        <translation>'{0}' no es texto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="231"/>
        <source>&apos;file&apos; {0} is not a file name in the folder</source>
        <translation>'file' {0} no es un nombre de archivo de la carpeta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="234"/>
        <source>the window {0} of core {1} is not inside the grid</source>
        <translation>la ventana {0} del núcleo {1} no está dentro de la cuadrícula</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="237"/>
        <source>the cap of core {0} is not a number</source>
        <translation>el límite del núcleo {0} no es un número</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="422"/>
        <source>Details (map, tables and width chart) are shown for the first {0} of the {1} corridors, the limit set by the parameter REPORT_MAX_CORRIDORS. Every corridor&apos;s results are in the output layer (fields *_status, *_value and check_details).</source>
        <translation>Los detalles (mapa, tablas y gráfico de anchura) se muestran para los primeros {0} de los {1} corredores, el límite fijado por el parámetro REPORT_MAX_CORRIDORS. Los resultados de todos los corredores están en la capa de salida (campos *_status, *_value y check_details).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="154"/>
        <source>Corridors with a detailed section (map, tables) in the report; the others in its summary only</source>
        <translation>Corredores con una sección detallada (mapa, tablas) en el informe; los demás solo en su resumen</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="312"/>
        <source>This run may need about {0} of memory ({1} cells, {2} cores), more than the {3} free now. Close other programs, clip the resistance raster to the study area, use a coarser cell size or set a maximum distance between cores.</source>
        <translation>Esta ejecución puede necesitar unos {0} de memoria ({1} celdas, {2} núcleos), más que los {3} libres ahora. Cierre otros programas, recorte el ráster de resistencia al área de estudio, use un tamaño de celda mayor o fije una distancia máxima entre núcleos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="71"/>
        <source>{0} feature(s) together sever the corridor ({1}): each needs mitigation</source>
        <translation>
            <numerusform>{0} elemento corta el corredor junto con otros ({1}): requiere mitigación</numerusform>
            <numerusform>{0} elementos cortan juntos el corredor ({1}): cada uno requiere mitigación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="73"/>
        <source>{0} feature(s) sever the corridor ({1}): each needs mitigation</source>
        <translation>
            <numerusform>{0} elemento corta el corredor ({1}): requiere mitigación</numerusform>
            <numerusform>{0} elementos cortan el corredor ({1}): cada uno requiere mitigación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="117"/>
        <source>{0} has {1} crossing(s)</source>
        <translation>
            <numerusform>{0} tiene {1} paso de fauna</numerusform>
            <numerusform>{0} tiene {1} pasos de fauna</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="119"/>
        <source>{0} has a {1} m stretch without crossing</source>
        <translation>{0} tiene un tramo de {1} m sin paso de fauna</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="61"/>
        <source>core {0} has no cell in the resistance raster near the corridor</source>
        <translation>el área núcleo {0} no tiene ninguna celda en el ráster de resistencia cerca del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="40"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="83"/>
        <source>Attribute(s) {0} missing or &apos;Not Reported&apos;</source>
        <comment>, </comment>
        <translation>Atributo(s) {0} ausente(s) o 'Not Reported'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="119"/>
        <source>Attribute(s) {0} missing: a long-term commitment by legal or other effective means must be recorded</source>
        <comment>, </comment>
        <translation>Falta(n) el/los atributo(s) {0}: hay que registrar un compromiso a largo plazo por medios legales u otros medios eficaces</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="153"/>
        <source>Attribute(s) {0} missing: record how effectiveness is measured (a plan and at least one indicator)</source>
        <comment>, </comment>
        <translation>Falta(n) el/los atributo(s) {0}: registre cómo se mide la eficacia (un plan y al menos un indicador)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="88"/>
        <source>; {0} shorter than {1} m tolerated</source>
        <translation>; se toleran {0} de menos de {1} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="162"/>
        <source>largest hop between the cores {0} m; largest nearest-neighbour distance {1} m</source>
        <translation>mayor salto entre las áreas núcleo {0} m; mayor distancia al vecino más cercano {1} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="166"/>
        <source>largest nearest-neighbour distance {0} m (cores unknown)</source>
        <translation>mayor distancia al vecino más cercano {0} m (áreas núcleo desconocidas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="170"/>
        <source>{0} {1}; {2}</source>
        <translation>{0} {1}; {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="118"/>
        <source>{0}{1} is missing: add it to the profile</source>
        <translation>falta {0}{1}: añádalo al perfil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="121"/>
        <source>{0}{1} must be text, got {2}</source>
        <translation>{0}{1} debe ser texto, no {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="122"/>
        <source>{0}{1} must not be empty</source>
        <translation>{0}{1} no debe estar vacío</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="129"/>
        <source>{0} must be a list of class names or codes, got {1}</source>
        <translation>{0} debe ser una lista de nombres o códigos de clase, no {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="132"/>
        <source>{0} must be a number, got {1}</source>
        <translation>{0} debe ser un número, no {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="133"/>
        <source>{0} must not be negative, got {1}</source>
        <translation>{0} no debe ser negativo, no {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="144"/>
        <source>{0}{1} is not a known field; known: {2}</source>
        <translation>{0}{1} no es un campo conocido; conocidos: {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="149"/>
        <source>criteria.{0} must be an object with level, thresholds, unit and source</source>
        <translation>criteria.{0} debe ser un objeto con level, thresholds, unit y source</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="153"/>
        <source>{0}level must be one of {1}, got {2}</source>
        <translation>{0}level debe ser uno de {1}, no {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="155"/>
        <source>{0}enabled must be true or false, got {1}</source>
        <translation>{0}enabled debe ser true o false, no {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="157"/>
        <source>{0}thresholds must be an object, got {1}</source>
        <translation>{0}thresholds debe ser un objeto, no {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="161"/>
        <source>{0}thresholds.{1} is not a threshold of {2}; known: {3}</source>
        <translation>{0}thresholds.{1} no es un umbral de {2}; conocidos: {3}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="167"/>
        <source>{0}source must say where the thresholds come from</source>
        <translation>{0}source debe decir de dónde vienen los umbrales</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="172"/>
        <source>{0} must be a list of land-cover class codes or names, got {1}</source>
        <translation>{0} debe ser una lista de códigos o nombres de clases de cobertura del suelo, no {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="178"/>
        <source>species must be an object, got {0}</source>
        <translation>species debe ser un objeto, no {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="182"/>
        <source>species.{0} must be a positive number of metres, got {1}</source>
        <translation>species.{0} debe ser un número positivo de metros, no {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="190"/>
        <source>species.resistance_table must be an object class -&gt; resistance, got {0}</source>
        <translation>species.resistance_table debe ser un objeto clase -&gt; resistencia, no {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="193"/>
        <source>species.resistance_table.{0} must be a number, got {1}</source>
        <translation>species.resistance_table.{0} debe ser un número, no {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="196"/>
        <source>species.sources must be an object of text, got {0}</source>
        <translation>species.sources debe ser un objeto de textos, no {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="201"/>
        <source>species.{0} is not a species parameter; known: {1}</source>
        <translation>species.{0} no es un parámetro de especie; conocidos: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="205"/>
        <source>schema_version is missing: add &quot;schema_version&quot;: 1</source>
        <translation>falta schema_version: añada &quot;schema_version&quot;: 1</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="207"/>
        <source>schema_version must be an integer, got {0}</source>
        <translation>schema_version debe ser un número entero, no {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="208"/>
        <source>schema_version {0} is newer than this plugin reads ({1}): update the plugin</source>
        <translation>schema_version {0} es más reciente de lo que lee este complemento ({1}): actualice el complemento</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="210"/>
        <source>schema_version must be 1 or more, got {0}</source>
        <translation>schema_version debe ser 1 o más, no {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="216"/>
        <source>A criteria profile must be a JSON object</source>
        <translation>Un perfil de criterios debe ser un objeto JSON</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="217"/>
        <source>kind must be &quot;profile&quot; here, got {0} (modifiers are applied to a profile)</source>
        <translation>kind debe ser &quot;profile&quot; aquí, no {0} (los modificadores se aplican a un perfil)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="362"/>
        <source>id must use letters, digits, _ or - only, got {0}</source>
        <translation>id solo debe usar letras, dígitos, _ o -, no {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="226"/>
        <source>realm must be one of {0}, got {1}</source>
        <comment>, </comment>
        <translation>realm debe ser uno de {0}, no {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="229"/>
        <source>modifiers must be a list of modifier ids, got {0}</source>
        <translation>modifiers debe ser una lista de ids de modificador, no {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="238"/>
        <source>criteria is missing: add the criteria object</source>
        <translation>falta criteria: añada el objeto criteria</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="240"/>
        <source>criteria must be an object of criterion id -&gt; settings, got {0}</source>
        <translation>criteria debe ser un objeto id de criterio -&gt; ajustes, no {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="243"/>
        <source>criteria.{0}: unknown criterion id &apos;{1}&apos;; known ids: {2}</source>
        <translation>criteria.{0}: id de criterio desconocido '{1}'; ids conocidos: {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="285"/>
        <source>Profile file {0}: modifiers lists unknown modifier &apos;{1}&apos;</source>
        <translation>Archivo de perfil {0}: modifiers incluye el modificador desconocido '{1}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="327"/>
        <source>The profile file {0} does not exist</source>
        <translation>El archivo de perfil {0} no existe</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="375"/>
        <source>Unknown profile modifier &apos;{0}&apos;; available: {1}</source>
        <translation>Modificador de perfil desconocido '{0}'; disponibles: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="391"/>
        <source>Modifier {0}: criteria must be an object</source>
        <translation>Modificador {0}: criteria debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="393"/>
        <source>Modifier {0}: criteria.{1}</source>
        <translation>Modificador {0}: criteria.{1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="394"/>
        <source>{0}: unknown criterion id &apos;{1}&apos;</source>
        <translation>{0}: id de criterio desconocido '{1}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="395"/>
        <source>{0} must be an object</source>
        <translation>{0} debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="403"/>
        <source>{0}.multiply.{1} must name a threshold and give a number</source>
        <translation>{0}.multiply.{1} debe nombrar un umbral y dar un número</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="407"/>
        <source>{0}.set.{1} is not a threshold of {2}</source>
        <translation>{0}.set.{1} no es un umbral de {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="410"/>
        <source>{0}.level must be one of {1}</source>
        <translation>{0}.level debe ser uno de {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="48"/>
        <source>Elevation {0}-{1} m inside; mean core elevations {2} m and {3} m (difference {4} m)</source>
        <translation>Elevación {0}-{1} m dentro; elevación media de las áreas núcleo {2} m y {3} m (diferencia {4} m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="51"/>
        <source>{0}; reported only</source>
        <translation>{0}; solo informativo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="76"/>
        <source>the {0} m ring is not covered by the raster</source>
        <translation>el anillo de {0} m no está cubierto por el ráster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="78"/>
        <source> ({0} % of the ring covered)</source>
        <translation> ({0} % del anillo cubierto)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="79"/>
        <source>{0} % in the {1} m ring{2}</source>
        <translation>{0} % en el anillo de {1} m{2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="22"/>
        <source>The cores layer {0} has no features.</source>
        <translation>La capa de áreas núcleo {0} no tiene entidades.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="22"/>
        <source>Pick the polygon layer of core areas (habitat patches, protected areas), or check its filter.</source>
        <translation>Elija la capa de polígonos de las áreas núcleo (parches de hábitat, áreas protegidas) o revise su filtro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="32"/>
        <source>{0} core(s) in {1} have no value in the id field &apos;{2}&apos; (feature ids {3}).</source>
        <translation>
            <numerusform>{0} área núcleo de {1} no tiene valor en el campo de identificador '{2}' (ids de entidad {3}).</numerusform>
            <numerusform>{0} áreas núcleo de {1} no tienen valor en el campo de identificador '{2}' (ids de entidad {3}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="32"/>
        <source>Fill &apos;{0}&apos; for every core (Open Attribute Table), or pick another id field.</source>
        <translation>Rellene '{0}' para cada área núcleo (Abrir tabla de atributos) o elija otro campo de identificador.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="50"/>
        <source>Core ids repeat in field &apos;{0}&apos; of {1}: {2}.</source>
        <translation>Identificadores de área núcleo repetidos en el campo '{0}' de {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="50"/>
        <source>{0} ({1} times)</source>
        <translation>{0} ({1} veces)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="50"/>
        <source>Give every core its own id (one id per core area; merge parts of one core with Vector &gt; Geoprocessing &gt; Dissolve on the id field).</source>
        <translation>Dé a cada área núcleo su propio identificador (uno por área núcleo; una las partes de un área núcleo con Vectorial &gt; Herramientas de geoproceso &gt; Disolver sobre el campo de identificador).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="64"/>
        <source>{0} core(s) in {1} have no geometry (ids {2}).</source>
        <translation>
            <numerusform>{0} área núcleo de {1} no tiene geometría (ids {2}).</numerusform>
            <numerusform>{0} áreas núcleo de {1} no tienen geometría (ids {2}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="64"/>
        <source>Delete those features or draw their outline.</source>
        <translation>Elimine esas entidades o dibuje su contorno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="91"/>
        <source>Core(s) {0} of {1} lie outside the resistance raster (x {2} to {3}, y {4} to {5}).</source>
        <translation>
            <numerusform>El área núcleo {0} de {1} está fuera del ráster de resistencia (x {2} a {3}, y {4} a {5}).</numerusform>
            <numerusform>Las áreas núcleo {0} de {1} están fuera del ráster de resistencia (x {2} a {3}, y {4} a {5}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="91"/>
        <source>Check that the cores and the raster cover the same area and that both CRSs are set right; remove cores outside the study area or extend the raster.</source>
        <translation>Compruebe que las áreas núcleo y el ráster cubren la misma zona y que ambos SRC están bien definidos; quite las áreas núcleo fuera del área de estudio o amplíe el ráster.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="103"/>
        <source>Core(s) {0} of {1} reach beyond the resistance raster; only their part on the raster is used.</source>
        <translation>
            <numerusform>El área núcleo {0} de {1} sobrepasa el ráster de resistencia; solo se usa su parte dentro del ráster.</numerusform>
            <numerusform>Las áreas núcleo {0} de {1} sobrepasan el ráster de resistencia; solo se usa su parte dentro del ráster.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="103"/>
        <source>Extend the raster to cover the whole cores, or clip the cores to the study area.</source>
        <translation>Amplíe el ráster para cubrir las áreas núcleo enteras o recorte las áreas núcleo al área de estudio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="113"/>
        <source>Core(s) {0} of {1} are smaller than one raster cell ({2} x {3}): each is represented by the cells it touches.</source>
        <translation>
            <numerusform>El área núcleo {0} de {1} es más pequeña que una celda del ráster ({2} x {3}): se representa por las celdas que toca.</numerusform>
            <numerusform>Las áreas núcleo {0} de {1} son más pequeñas que una celda del ráster ({2} x {3}): cada una se representa por las celdas que toca.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="113"/>
        <source>Use a finer resistance raster, or merge tiny cores into larger core areas.</source>
        <translation>Use un ráster de resistencia más fino o agrupe las áreas núcleo diminutas en áreas núcleo mayores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="138"/>
        <source>Core(s) {0} of {1} lie entirely on NoData (or non-positive) resistance cells: no path can start there.</source>
        <translation>
            <numerusform>El área núcleo {0} de {1} está por completo sobre celdas NoData (o de resistencia no positiva): ninguna ruta puede empezar allí.</numerusform>
            <numerusform>Las áreas núcleo {0} de {1} están por completo sobre celdas NoData (o de resistencia no positiva): ninguna ruta puede empezar allí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="138"/>
        <source>Give the cells under these cores a resistance (fill NoData, or add their land-cover class to the table), or remove the cores.</source>
        <translation>Dé una resistencia a las celdas bajo estas áreas núcleo (rellene los NoData o añada su clase de cobertura del suelo a la tabla), o quite esas áreas núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="153"/>
        <source>{0} and {1} more</source>
        <translation>{0} y {1} más</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="20"/>
        <source>Layer &apos;{0}&apos; has no valid coordinate reference system.</source>
        <translation>La capa '{0}' no tiene un sistema de referencia de coordenadas válido.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="20"/>
        <source>Set its CRS in Layer Properties &gt; Source (the projected CRS the data was made in).</source>
        <translation>Defina su SRC en Propiedades de la capa &gt; Fuente (el SRC proyectado en que se crearon los datos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="29"/>
        <source>Layer &apos;{0}&apos; is in a geographic CRS ({1}): distances in degrees make cost distances meaningless.</source>
        <translation>La capa '{0}' está en un SRC geográfico ({1}): con distancias en grados el costo-distancia no tiene sentido.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="29"/>
        <source>Reproject it to a projected CRS in metres (Raster/Vector &gt; Projections &gt; Reproject, e.g. the national grid or UTM zone of the study area) and pick the reprojected layer here.</source>
        <translation>Reproyéctela a un SRC proyectado en metros (Ráster/Vectorial &gt; Proyecciones &gt; Reproyectar, p. ej. la cuadrícula nacional o la zona UTM del área de estudio) y elija aquí la capa reproyectada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="43"/>
        <source>Layer &apos;{0}&apos; ({1}) is not in the resistance raster&apos;s CRS ({2}); it will be reprojected to the raster&apos;s CRS for the analysis.</source>
        <translation>La capa '{0}' ({1}) no está en el SRC del ráster de resistencia ({2}); se reproyectará al SRC del ráster para el análisis.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="43"/>
        <source>Nothing to do if that is intended; to avoid resampling surprises, reproject it yourself to the raster&apos;s CRS.</source>
        <translation>Nada que hacer si es intencionado; para evitar sorpresas de remuestreo, reproyéctela usted mismo al SRC del ráster.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="66"/>
        <source>Raster &apos;{0}&apos; has {1} x {2} cells but &apos;{3}&apos; has {4} x {5}: values will be resampled.</source>
        <translation>El ráster '{0}' tiene celdas de {1} x {2} pero '{3}' las tiene de {4} x {5}: los valores se remuestrearán.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="66"/>
        <source>Resample &apos;{0}&apos; to the same cell size and grid (Raster &gt; Projections &gt; Warp, with &apos;{1}&apos; as the target extent and resolution).</source>
        <translation>Remuestree '{0}' al mismo tamaño de celda y cuadrícula (Ráster &gt; Proyecciones &gt; Combar, con '{1}' como extensión y resolución de destino).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="81"/>
        <source>Raster &apos;{0}&apos; is shifted by {1} x {2} cells against &apos;{3}&apos;: cells do not line up.</source>
        <translation>El ráster '{0}' está desplazado {1} x {2} celdas respecto a '{3}': las celdas no coinciden.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="81"/>
        <source>Warp &apos;{0}&apos; onto the grid of &apos;{1}&apos; (Raster &gt; Projections &gt; Warp, same extent and resolution) so both rasters share cell edges.</source>
        <translation>Combe '{0}' sobre la cuadrícula de '{1}' (Ráster &gt; Proyecciones &gt; Combar, misma extensión y resolución) para que ambos ráster compartan los bordes de celda.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run.py" line="93"/>
        <source>The values of &apos;{0}&apos; could not be read, so NoData and zero/negative resistance were not checked.</source>
        <translation>No se pudieron leer los valores de '{0}', así que no se verificaron los NoData ni las resistencias nulas o negativas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run.py" line="93"/>
        <source>Use a raster file (GeoTIFF) to get these checks.</source>
        <translation>Use un archivo ráster (GeoTIFF) para obtener estas verificaciones.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="138"/>
        <source>The cores layer &apos;{0}&apos; has {1} core with a geometry; corridors need at least two.</source>
        <translation>La capa de áreas núcleo '{0}' tiene {1} área núcleo con geometría; los corredores necesitan al menos dos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="138"/>
        <source>Pick a layer with two or more core areas.</source>
        <translation>Elija una capa con dos o más áreas núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="151"/>
        <source>No two cores are within the maximum distance of {0} map units, so no corridor would be computed.</source>
        <translation>Ningún par de áreas núcleo está a menos de la distancia máxima de {0} unidades del mapa, así que no se calcularía ningún corredor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="151"/>
        <source>Raise the maximum distance between cores, or choose &apos;all pairs&apos;.</source>
        <translation>Aumente la distancia máxima entre áreas núcleo o elija 'todos los pares'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="161"/>
        <source>all pairs</source>
        <translation>todos los pares</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="161"/>
        <source>pairs within {0} map units</source>
        <translation>pares a menos de {0} unidades del mapa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="163"/>
        <source>{0} core pairs will be analysed ({1} of {2} cores); this takes about {3}.</source>
        <translation>Se analizarán {0} pares de áreas núcleo ({1} de {2} áreas núcleo); esto tarda unos {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="163"/>
        <source>Set a maximum distance between cores so only neighbouring cores are linked (Linkage Mapper links only nearby cores too), or use a coarser resistance raster.</source>
        <translation>Fije una distancia máxima entre áreas núcleo para unir solo las vecinas (Linkage Mapper también une solo las cercanas) o use un ráster de resistencia más grueso.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="174"/>
        <source>about {0} of memory and {1}</source>
        <translation>unos {0} de memoria y {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="176"/>
        <source>The analysis needs {0} ({1} cells), more than the {2} of memory free on this computer.</source>
        <translation>El análisis necesita {0} ({1} celdas), más que los {2} de memoria libres en este equipo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="188"/>
        <source>The analysis needs {0}: more than half of the {1} free.</source>
        <translation>El análisis necesita {0}: más de la mitad de los {1} libres.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="188"/>
        <source>Close other programs before running, or clip the rasters to the study area.</source>
        <translation>Cierre otros programas antes de ejecutar o recorte los ráster al área de estudio.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="197"/>
        <source> ({0} free)</source>
        <translation> ({0} libres)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="198"/>
        <source>{0} core pairs, {1} cells: about {2} of memory{3} and {4}.</source>
        <translation>{0} pares de áreas núcleo, {1} celdas: unos {2} de memoria{3} y {4}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="198"/>
        <source>Nothing to do.</source>
        <translation>Nada que hacer.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="39"/>
        <source>within x {0} to {1}, y {2} to {3} (for example at {4})</source>
        <translation>entre x {0} y {1}, y {2} y {3} (por ejemplo en {4})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="51"/>
        <source>resistance built from &apos;{0}&apos;</source>
        <translation>ráster de resistencia construido a partir de '{0}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="53"/>
        <source>resistance raster &apos;{0}&apos;</source>
        <translation>ráster de resistencia '{0}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="59"/>
        <source>about </source>
        <translation>unas </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="78"/>
        <source>The {0} holds only NoData: no cell can be crossed.</source>
        <translation>El {0} solo contiene NoData: ninguna celda se puede cruzar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="78"/>
        <source>Check the raster&apos;s NoData value in Layer Properties &gt; Transparency/Source, or pick the right raster; when building from land cover, give the classes a resistance in the table.</source>
        <translation>Revise el valor NoData del ráster en Propiedades de la capa &gt; Transparencia/Fuente o elija el ráster correcto; si se construye a partir de la cobertura del suelo, dé una resistencia a las clases en la tabla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="91"/>
        <source>The {0} has {1}{2} NoData cells ({3}), {4}. They are impassable.</source>
        <translation>
            <numerusform>El {0} tiene {1}{2} celda NoData ({3}), {4}. Es infranqueable.</numerusform>
            <numerusform>El {0} tiene {1}{2} celdas NoData ({3}), {4}. Son infranqueables.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="91"/>
        <source>Nothing to do if those cells are outside the study area or truly impassable; otherwise fill them (Raster &gt; Analysis &gt; Fill NoData) or give their class a resistance.</source>
        <translation>Nada que hacer si esas celdas están fuera del área de estudio o son realmente infranqueables; si no, rellénelas (Ráster &gt; Análisis &gt; Rellenar sin datos) o dé una resistencia a su clase.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="102"/>
        <source>The {0} has {1}{2} cells with resistance 0, {3}. Resistance 0 would make moving free, so these cells cannot be used.</source>
        <translation>
            <numerusform>El {0} tiene {1}{2} celda con resistencia 0, {3}. Una resistencia 0 haría gratuito el movimiento, así que no se puede usar.</numerusform>
            <numerusform>El {0} tiene {1}{2} celdas con resistencia 0, {3}. Una resistencia 0 haría gratuito el movimiento, así que no se pueden usar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="102"/>
        <source>Give them a small positive resistance (for example 1, the cost of the easiest land), with the Raster Calculator or in the class table; or set them to NoData if they are impassable.</source>
        <translation>Deles una resistencia positiva pequeña (por ejemplo 1, el costo del terreno más fácil) con la Calculadora ráster o en la tabla de clases; o páselas a NoData si son infranqueables.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="114"/>
        <source>The {0} has {1}{2} cells with negative resistance (lowest {3}), {4}.</source>
        <translation>
            <numerusform>El {0} tiene {1}{2} celda con resistencia negativa (mínima {3}), {4}.</numerusform>
            <numerusform>El {0} tiene {1}{2} celdas con resistencia negativa (mínima {3}), {4}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="114"/>
        <source>Resistance must be positive: check the NoData value (a NoData of -9999 not declared as NoData looks like this) or rescale the values so the lowest is 1.</source>
        <translation>La resistencia debe ser positiva: revise el valor NoData (un NoData de -9999 no declarado como NoData se ve así) o reescale los valores para que el mínimo sea 1.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="134"/>
        <source>The class -&gt; resistance table for &apos;{0}&apos; is empty.</source>
        <translation>La tabla clase -&gt; resistencia de '{0}' está vacía.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="134"/>
        <source>Load a preset or a CSV file, or add one row per land-cover class with its resistance.</source>
        <translation>Cargue un ajuste predefinido o un archivo CSV, o añada una fila por clase de cobertura del suelo con su resistencia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="144"/>
        <source>Classes {0} have a resistance that is zero, negative or not a number.</source>
        <comment>, </comment>
        <translation>Las clases {0} tienen una resistencia nula, negativa o que no es un número.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="144"/>
        <source>Give every class a positive resistance (1 = easiest to cross); write &apos;nodata&apos; to make a class impassable (an empty cell takes the default resistance).</source>
        <translation>Dé a cada clase una resistencia positiva (1 = la más fácil de cruzar); escriba 'nodata' para que una clase sea infranqueable (una celda vacía toma la resistencia por defecto).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="158"/>
        <source>they get the default resistance {0}</source>
        <translation>reciben la resistencia por defecto {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="158"/>
        <source>they will be NoData (impassable)</source>
        <translation>serán NoData (infranqueables)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="162"/>
        <source>Land-cover classes {0}{1} of &apos;{2}&apos; are not in the table: {3}.</source>
        <comment>, </comment>
        <translation>Las clases de cobertura del suelo {0}{1} de '{2}' no están en la tabla: {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="162"/>
        <source>Add a row for each class shown in red in the table, or set the default resistance on purpose.</source>
        <translation>Añada una fila por cada clase marcada en rojo en la tabla o fije a propósito la resistencia por defecto.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="175"/>
        <source>The default resistance {0} is not positive.</source>
        <translation>La resistencia por defecto {0} no es positiva.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="175"/>
        <source>Set a positive default resistance, or choose &apos;impassable&apos; for unlisted classes.</source>
        <translation>Fije una resistencia por defecto positiva o elija 'infranqueable' para las clases no listadas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gis/check_results.py" line="413"/>
        <source>Checking {0} corridor(s) against the profile {1}</source>
        <translation>
            <numerusform>Verificando {0} corredor con el perfil {1}</numerusform>
            <numerusform>Verificando {0} corredores con el perfil {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gis/report.py" line="406"/>
        <source>{0} corridor(s): {1} pass, {2} with warnings, {3} fail.</source>
        <translation>
            <numerusform>{0} corredor: {1} cumplen, {2} con advertencias, {3} no cumplen.</numerusform>
            <numerusform>{0} corredores: {1} cumplen, {2} con advertencias, {3} no cumplen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/styling.py" line="49"/>
        <source>&lt;= {0} (on the path)</source>
        <translation>&lt;= {0} (sobre la ruta)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/styling.py" line="50"/>
        <source>&lt;= {0} cost units</source>
        <translation>&lt;= {0} unidades de costo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gui/check_run.py" line="137"/>
        <source>{0} corridor(s) checked: {1} pass, {2} with warnings, {3} fail.</source>
        <translation>
            <numerusform>{0} corredor verificado: {1} cumplen, {2} con advertencias, {3} no cumplen.</numerusform>
            <numerusform>{0} corredores verificados: {1} cumplen, {2} con advertencias, {3} no cumplen.</numerusform>
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
        <translation>Hilty et al. 2020, directrices de la UICN para conservar la conectividad: definición de corredor, 'espacio geográfico claramente definido' [K], espacio 'gobernado y gestionado' [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="71"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: ecological network definition, cores joined by corridors [R]; snap distance 10 m is [I] design default of this plugin</source>
        <translation>Hilty et al. 2020, directrices de la UICN para conservar la conectividad: definición de red ecológica, áreas núcleo unidas por corredores [R]; la tolerancia de 10 m es [I] valor predeterminado de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="72"/>
        <source>[I] design default of this plugin (90 %)</source>
        <translation>[I] valor predeterminado de diseño de esta herramienta (90 %)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="73"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: corridor definition, &apos;to maintain or restore ecological connectivity&apos; [R]</source>
        <translation>Hilty et al. 2020, directrices de la UICN para conservar la conectividad: definición de corredor, 'para mantener o restaurar la conectividad ecológica' [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="74"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: corridor definition, &apos;governed&apos; [R]; governance types A-D from the guidelines p. 2 and the WDPA [R]</source>
        <translation>Hilty et al. 2020, directrices de la UICN para conservar la conectividad: definición de corredor, 'gobernado' [R]; tipos de gobernanza A-D según las directrices p. 2 y la WDPA [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="75"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: corridor definition, &apos;managed&apos; [R]; WDPA MANG_PLAN field [R]</source>
        <translation>Hilty et al. 2020, directrices de la UICN para conservar la conectividad: definición de corredor, 'gestionado' [R]; campo MANG_PLAN de la WDPA [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="76"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: corridor definition, &apos;over the long term&apos; by legal or other effective means [R]; the guidelines give no number [K]; warning under 25 years is [I] design default of this plugin</source>
        <translation>Hilty et al. 2020, directrices de la UICN para conservar la conectividad: definición de corredor, 'a largo plazo' por medios legales u otros medios eficaces [R]; las directrices no dan una cifra [K]; la advertencia por debajo de 25 años es [I] valor predeterminado de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="77"/>
        <source>Guidelines&apos; key message to measure and monitor effectiveness (Eurosite summary) [R]; Keeley et al. preprint on monitoring corridors [R]; assessment age 5 years is [I] design default of this plugin</source>
        <translation>Mensaje clave de las directrices: medir y monitorear la eficacia (resumen de Eurosite) [R]; preprint de Keeley et al. sobre el monitoreo de corredores [R]; la antigüedad de evaluación de 5 años es [I] valor predeterminado de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="78"/>
        <source>Beier 2019 rule of thumb, 2 km for multi-species corridors [R] (literature, not an IUCN rule)</source>
        <translation>Regla práctica de Beier 2019, 2 km para corredores multiespecie [R] (literatura, no una regla de la UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="79"/>
        <source>Transects narrower than the min_width threshold, after Linkage Mapper&apos;s Pinchpoint Mapper idea [R]; tolerance and transect spacing are [I] design defaults of this plugin</source>
        <translation>Transectos más angostos que el umbral min_width, según la idea de Pinchpoint Mapper de Linkage Mapper [R]; la tolerancia y el espaciado de los transectos son [I] valores predeterminados de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="81"/>
        <source>CorridorDesign: longest known dispersal distance of the focal species [R]; corridor dwellers need home-range width, Beier 2019 reasoning [R] (literature, not an IUCN rule)</source>
        <translation>CorridorDesign: mayor distancia de dispersión conocida de la especie focal [R]; las especies que viven en el corredor necesitan el ancho de su ámbito hogareño, razonamiento de Beier 2019 [R] (literatura, no una regla de la UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="82"/>
        <source>Bentrup 2008 §2.9 (qualitative) [R]; 5 km and a 25 % margin over the minimum width are [I] design defaults of this plugin</source>
        <translation>Bentrup 2008 §2.9 (cualitativo) [R]; 5 km y un margen del 25 % sobre el ancho mínimo son [I] valores predeterminados de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="83"/>
        <source>Habitat graph test [I]; gap_max from the profile&apos;s species parameters</source>
        <translation>Prueba del grafo de hábitat [I]; gap_max según los parámetros de especie del perfil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="84"/>
        <source>Bentrup 2008 §2.7 on stepping stones [R]; spacing ≤ gap_max [I]</source>
        <translation>Bentrup 2008 §2.7 sobre trampolines ecológicos [R]; separación ≤ gap_max [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="85"/>
        <source>No guideline number [K]; 70 % natural cover is a placeholder, [I] design default of this plugin</source>
        <translation>Sin cifra en las directrices [K]; 70 % de cobertura natural es un valor provisional, [I] valor predeterminado de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="86"/>
        <source>Edge effects strong and variable (Laurance et al. 2002, 2007) [R]; depth 100 m and share 50 % are [I] design defaults of this plugin</source>
        <translation>Efectos de borde fuertes y variables (Laurance et al. 2002, 2007) [R]; la profundidad de 100 m y la proporción del 50 % son [I] valores predeterminados de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="87"/>
        <source>Share of the least-cost path inside the corridor; 90 % is [I] design default of this plugin</source>
        <translation>Proporción de la ruta de menor costo dentro del corredor; 90 % es [I] valor predeterminado de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="88"/>
        <source>Unrestricted least-cost distance / cheapest route inside the corridor (1.0 = the corridor holds the best route); 0.9 and the search window margin are [I] design defaults of this plugin</source>
        <translation>Distancia de menor costo sin restricción / ruta más barata dentro del corredor (1,0 = el corredor contiene la mejor ruta); 0,9 y el margen de la ventana de búsqueda son [I] valores predeterminados de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="89"/>
        <source>The guidelines stress climate adaptation (IUCN news) [R]; Linkage Priority climate linkages [R]; report only [I]</source>
        <translation>Las directrices insisten en la adaptación al clima (noticias de la UICN) [R]; enlaces climáticos de Linkage Priority [R]; solo informativo [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="91"/>
        <source>Gregory et al. 2021 §4.1-4.2 [R]; 30 m riparian buffer is [I] design default of this plugin</source>
        <translation>Gregory et al. 2021 §4.1-4.2 [R]; la franja ribereña de 30 m es [I] valor predeterminado de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="92"/>
        <source>[I] informational</source>
        <translation>[I] informativo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="93"/>
        <source>Avoid roads in corridors, Gregory et al. 2021 §3.5 [R]; each severing feature needs mitigation and the 10 m barrier width are [I] design defaults of this plugin</source>
        <translation>Evitar carreteras en los corredores, Gregory et al. 2021 §3.5 [R]; que cada elemento que corta requiera mitigación y el ancho de barrera de 10 m son [I] valores predeterminados de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="94"/>
        <source>≥ 1 per severing barrier, spacing ≤ one home-range width, Gregory et al. 2021 §3.10 [R]; 50 m snap is [I] design default of this plugin</source>
        <translation>≥ 1 por barrera que corta, separación ≤ un ancho de ámbito hogareño, Gregory et al. 2021 §3.10 [R]; la tolerancia de 50 m es [I] valor predeterminado de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="95"/>
        <source>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² counting all linear travel features [R] (literature, not an IUCN rule)</source>
        <translation>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² contando todos los elementos lineales de tránsito [R] (literatura, no una regla de la UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="96"/>
        <source>Avoid urbanisation in or next to corridors, Gregory et al. 2021 §5.1 [R]; 5 % and a 500 m ring are [I] design defaults of this plugin</source>
        <translation>Evitar la urbanización dentro o junto a los corredores, Gregory et al. 2021 §5.1 [R]; 5 % y un anillo de 500 m son [I] valores predeterminados de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="97"/>
        <source>Minimise lighting, Gregory et al. 2021 §3.6 [R]; report only [I]</source>
        <translation>Minimizar la iluminación, Gregory et al. 2021 §3.6 [R]; solo informativo [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="98"/>
        <source>Free-flowing rivers, Grill et al. 2019 [R]</source>
        <translation>Ríos de flujo libre, Grill et al. 2019 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="99"/>
        <source>Lateral dimension of river connectivity, Grill et al. 2019 [R]; report</source>
        <translation>Dimensión lateral de la conectividad fluvial, Grill et al. 2019 [R]; informativo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="100"/>
        <source>California MLPA Science Advisory Team size guideline, 5-10 km alongshore (M. Carr slides) [R] (literature, not an IUCN rule)</source>
        <translation>Pauta de tamaño del Science Advisory Team de la MLPA de California, 5-10 km a lo largo de la costa (diapositivas de M. Carr) [R] (literatura, no una regla de la UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="101"/>
        <source>Spacing ≤ the larval or adult dispersal distance of the target species (reefresilience; Leis 2006) [R]; user-set</source>
        <translation>Separación ≤ la distancia de dispersión larvaria o adulta de la especie objetivo (reefresilience; Leis 2006) [R]; definida por el usuario</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="102"/>
        <source>[K] the guidelines allow seasonal or temporary measures for migrations; check the wording</source>
        <translation>[K] las directrices admiten medidas estacionales o temporales para las migraciones; verifique la redacción</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="103"/>
        <source>resistance units</source>
        <translation>unidades de resistencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="114"/>
        <source>terrestrial</source>
        <translation>terrestre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="115"/>
        <source>freshwater</source>
        <translation>agua dulce</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="116"/>
        <source>marine</source>
        <translation>marino</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="117"/>
        <source>mixed</source>
        <translation>mixto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="127"/>
        <source>Federal or national ministry or agency</source>
        <translation>Ministerio u organismo federal o nacional</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="128"/>
        <source>Sub-national ministry or agency</source>
        <translation>Ministerio u organismo subnacional</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="129"/>
        <source>Government-delegated management</source>
        <translation>Gestión delegada por el gobierno</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="130"/>
        <source>Transboundary governance</source>
        <translation>Gobernanza transfronteriza</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="131"/>
        <source>Collaborative governance</source>
        <translation>Gobernanza colaborativa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="132"/>
        <source>Joint governance</source>
        <translation>Gobernanza conjunta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="133"/>
        <source>Individual landowners</source>
        <translation>Propietarios individuales</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="134"/>
        <source>Non-profit organisations</source>
        <translation>Organizaciones sin fines de lucro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="135"/>
        <source>For-profit organisations</source>
        <translation>Organizaciones con fines de lucro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="136"/>
        <source>Indigenous peoples</source>
        <translation>Pueblos indígenas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="137"/>
        <source>Local communities</source>
        <translation>Comunidades locales</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="148"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="149"/>
        <source>Communal</source>
        <translation>Comunal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="150"/>
        <source>Joint ownership</source>
        <translation>Propiedad conjunta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="151"/>
        <source>Multiple ownership</source>
        <translation>Propiedad múltiple</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="152"/>
        <source>Contested</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="155"/>
        <source>statute</source>
        <translation>ley</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="156"/>
        <source>regulation</source>
        <translation>reglamento</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="157"/>
        <source>spatial/land-use plan zoning</source>
        <translation>zonificación del ordenamiento territorial</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="158"/>
        <source>conservation easement/covenant</source>
        <translation>servidumbre ecológica/acuerdo de conservación</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="159"/>
        <source>contract/agreement</source>
        <translation>contrato/acuerdo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="160"/>
        <source>customary/community rule</source>
        <translation>norma consuetudinaria/comunitaria</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="161"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="181"/>
        <source>structural</source>
        <translation>estructural</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="182"/>
        <source>functional</source>
        <translation>funcional</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="183"/>
        <source>both</source>
        <translation>ambas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="186"/>
        <source>continuous</source>
        <translation>continuo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="187"/>
        <source>stepping_stone</source>
        <translation>trampolines ecológicos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="188"/>
        <source>landscape_mosaic</source>
        <translation>mosaico de paisaje</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="191"/>
        <source>habitat</source>
        <translation>hábitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="192"/>
        <source>conduit</source>
        <translation>conducto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="193"/>
        <source>filter</source>
        <translation>filtro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="194"/>
        <source>barrier</source>
        <translation>barrera</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="195"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="196"/>
        <source>sink</source>
        <translation>sumidero</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="199"/>
        <source>permanent</source>
        <translation>permanente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="200"/>
        <source>seasonal</source>
        <translation>estacional</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="201"/>
        <source>dynamic</source>
        <translation>dinámico</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="210"/>
        <source>n/a</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="215"/>
        <source>expert</source>
        <translation>experto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="216"/>
        <source>least_cost</source>
        <translation>menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="217"/>
        <source>circuit_theory</source>
        <translation>teoría de circuitos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="218"/>
        <source>telemetry/occurrence</source>
        <translation>telemetría/registros de presencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="221"/>
        <source>State Verified</source>
        <translation>Verificado por el Estado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="222"/>
        <source>Expert Verified</source>
        <translation>Verificado por expertos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="231"/>
        <source>flat</source>
        <translation>plano</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="232"/>
        <source>round</source>
        <translation>redondeado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="241"/>
        <source>Amphibian migration paths measured 40-50 m wide, Coster et al. via conservationcorridor.org 2015 [R] (literature, not an IUCN rule)</source>
        <translation>Rutas de migración de anfibios medidas de 40-50 m de ancho, Coster et al. vía conservationcorridor.org 2015 [R] (literatura, no una regla de la UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="242"/>
        <source>[I] design default of this plugin (30 m depth, 50 % share)</source>
        <translation>[I] valor predeterminado de diseño de esta herramienta (30 m de profundidad, 50 % de proporción)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="243"/>
        <source>Any paved road severs an amphibian corridor [I]; blocking (required) in this profile [I]; Gregory et al. 2021 §3.5 [R]</source>
        <translation>Cualquier carretera pavimentada corta un corredor de anfibios [I]; bloqueante (obligatorio) en este perfil [I]; Gregory et al. 2021 §3.5 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="244"/>
        <source>Under-passes are needed [I]; ≥ 1 per severing barrier, spacing ≤ home-range width, Gregory et al. 2021 §3.10 [R]</source>
        <translation>Se necesitan pasos inferiores [I]; ≥ 1 por barrera que corta, separación ≤ ancho del ámbito hogareño, Gregory et al. 2021 §3.10 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="245"/>
        <source>[I] placeholder; migration path width 40-50 m (Coster et al.) [R]</source>
        <translation>[I] valor provisional; ancho de la ruta de migración 40-50 m (Coster et al.) [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="246"/>
        <source>[I] placeholder: enter the longest known dispersal distance (CorridorDesign [R])</source>
        <translation>[I] valor provisional: indique la mayor distancia de dispersión conocida (CorridorDesign [R])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="247"/>
        <source>[I] design default of this plugin</source>
        <translation>[I] valor predeterminado de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="248"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (tree cover, shrubland, grassland, water, herbaceous wetland)</source>
        <translation>Códigos de clase de ESA WorldCover [I] valor predeterminado de diseño de esta herramienta; adáptelos a su leyenda de cobertura del suelo (cobertura arbórea, matorral, pastizal, agua, humedal herbáceo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="249"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (built-up)</source>
        <translation>Códigos de clase de ESA WorldCover [I] valor predeterminado de diseño de esta herramienta; adáptelos a su leyenda de cobertura del suelo (zona edificada)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="250"/>
        <source>×1.5 climate adaptation modifier [I] (Bentrup 2008 §2.9 D: long-lived functions need more width [R])</source>
        <translation>Modificador de adaptación al clima ×1.5 [I] (Bentrup 2008 §2.9 D: las funciones de larga duración necesitan más ancho [R])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="251"/>
        <source>climate adaptation modifier: a non-trivial elevation gradient between the cores is required, 100 m is [I]</source>
        <translation>modificador de adaptación al clima: se exige un gradiente de elevación no trivial entre las áreas núcleo, 100 m es [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="253"/>
        <source>climate adaptation modifier: prefer riparian routes [K]</source>
        <translation>modificador de adaptación al clima: preferir rutas ribereñas [K]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="254"/>
        <source>Bond 2003: ≥ 1,000 ft ≈ 300 m generic local rule [R]; 100-300 m range (literature, not an IUCN rule)</source>
        <translation>Bond 2003: ≥ 1,000 ft ≈ 300 m, regla local genérica [R]; rango de 100-300 m (literatura, no una regla de la UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="255"/>
        <source>Edge effects (Laurance et al. 2002, 2007) [R]; 50 m depth (50-100 m) and 50 % share are [I] design defaults of this plugin</source>
        <translation>Efectos de borde (Laurance et al. 2002, 2007) [R]; profundidad de 50 m (50-100 m) y proporción del 50 % son [I] valores predeterminados de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="256"/>
        <source>≥ 1 per severing barrier, spacing ≤ one home-range width, Gregory et al. 2021 §3.10 [R]; 50 m snap is [I] design default of this plugin; culverts and canopy bridges are advisory here [I]</source>
        <translation>≥ 1 por barrera que corta, separación ≤ un ancho de ámbito hogareño, Gregory et al. 2021 §3.10 [R]; la tolerancia de 50 m es [I] valor predeterminado de diseño de esta herramienta; las alcantarillas y los puentes de dosel son recomendados aquí [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="257"/>
        <source>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² counting all linear travel features [R] (literature, not an IUCN rule); reported only in this profile [I]</source>
        <translation>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² contando todos los elementos lineales de tránsito [R] (literatura, no una regla de la UICN); solo informativo en este perfil [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="258"/>
        <source>[I] placeholder; enter your focal species&apos; value</source>
        <translation>[I] valor provisional; indique el valor de su especie focal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="259"/>
        <source>Desrochers &amp; Hannon 1997: forest birds cross &lt; 30 m readily [R]; 65-85 m thresholds for two Australian forest birds, Robertson &amp; Radford 2009 [R]</source>
        <translation>Desrochers &amp; Hannon 1997: las aves forestales cruzan con facilidad &lt; 30 m [R]; umbrales de 65-85 m para dos aves forestales australianas, Robertson &amp; Radford 2009 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="260"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (tree cover, mangroves)</source>
        <translation>Códigos de clase de ESA WorldCover [I] valor predeterminado de diseño de esta herramienta; adáptelos a su leyenda de cobertura del suelo (cobertura arbórea, manglares)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="261"/>
        <source>≥ 1 per severing barrier, spacing ≤ one home-range width, Gregory et al. 2021 §3.10 [R]; 50 m snap is [I] design default of this plugin; culverts must be fish-passable [I]</source>
        <translation>≥ 1 por barrera que corta, separación ≤ un ancho de ámbito hogareño, Gregory et al. 2021 §3.10 [R]; la tolerancia de 50 m es [I] valor predeterminado de diseño de esta herramienta; las alcantarillas deben ser franqueables para los peces [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="262"/>
        <source>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² counting all linear travel features [R] (literature, not an IUCN rule); roads crossing the floodplain are counted [I]</source>
        <translation>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² contando todos los elementos lineales de tránsito [R] (literatura, no una regla de la UICN); se cuentan las carreteras que cruzan la llanura de inundación [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="263"/>
        <source>0 barriers for a free-flowing target; free-flowing means connectivity status index ≥ 95 % over the whole river length, Grill et al. 2019 [R]</source>
        <translation>0 barreras para un objetivo de flujo libre; flujo libre significa un índice de estado de conectividad ≥ 95 % en toda la longitud del río, Grill et al. 2019 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="264"/>
        <source>[I] placeholder</source>
        <translation>[I] valor provisional</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="265"/>
        <source>[I] placeholder: enter the focal species&apos; value</source>
        <translation>[I] valor provisional: indique el valor de la especie focal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="266"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (water, herbaceous wetland, mangroves)</source>
        <translation>Códigos de clase de ESA WorldCover [I] valor predeterminado de diseño de esta herramienta; adáptelos a su leyenda de cobertura del suelo (agua, humedal herbáceo, manglares)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="267"/>
        <source>Beier 2019 rule of thumb, 2 km [R]; Ford et al. 2020: effective width 3-6 km from residential areas, 0.4-1 km from trails [R] (literature, not IUCN rules)</source>
        <translation>Regla práctica de Beier 2019, 2 km [R]; Ford et al. 2020: ancho efectivo de 3-6 km desde zonas residenciales, 0.4-1 km desde senderos [R] (literatura, no reglas de la UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="268"/>
        <source>CorridorDesign: longest known dispersal distance of the focal species [R]; corridor dwellers need home-range width, Beier 2019 reasoning [R] (literature, not an IUCN rule); enforced (required) in this profile [I]</source>
        <translation>CorridorDesign: mayor distancia de dispersión conocida de la especie focal [R]; las especies que viven en el corredor necesitan el ancho de su ámbito hogareño, razonamiento de Beier 2019 [R] (literatura, no una regla de la UICN); exigido (obligatorio) en este perfil [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="269"/>
        <source>Edge effects (Laurance et al. 2002, 2007) [R]; 500 m depth and 50 % share are [I] design defaults of this plugin</source>
        <translation>Efectos de borde (Laurance et al. 2002, 2007) [R]; la profundidad de 500 m y la proporción del 50 % son [I] valores predeterminados de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="270"/>
        <source>Avoid roads in corridors, Gregory et al. 2021 §3.5 [R]; each severing feature needs mitigation and the 10 m barrier width are [I] design defaults of this plugin; blocking (required) in this strict profile [I]</source>
        <translation>Evitar carreteras en los corredores, Gregory et al. 2021 §3.5 [R]; que cada elemento que corta requiera mitigación y el ancho de barrera de 10 m son [I] valores predeterminados de diseño de esta herramienta; bloqueante (obligatorio) en este perfil estricto [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="271"/>
        <source>≥ 1 per severing barrier, spacing ≤ one home-range width, Gregory et al. 2021 §3.10 [R]; 50 m snap is [I] design default of this plugin; funnel fencing to the crossings, Gregory et al. 2021 §3.12 [R]</source>
        <translation>≥ 1 por barrera que corta, separación ≤ un ancho de ámbito hogareño, Gregory et al. 2021 §3.10 [R]; la tolerancia de 50 m es [I] valor predeterminado de diseño de esta herramienta; cercas que guíen hacia los pasos, Gregory et al. 2021 §3.12 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="272"/>
        <source>Wydeven et al. 2001: wolves 0.45-0.63 km/km² [R]; Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² [R]; the lower bound is used (literature, not an IUCN rule)</source>
        <translation>Wydeven et al. 2001: lobos 0.45-0.63 km/km² [R]; Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² [R]; se usa el límite inferior (literatura, no una regla de la UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="273"/>
        <source>Gregory et al. 2021 §5.1 [R]; Ford et al. 2020: 3-6 km from residential areas [R], 3 km ring used; 5 % built-up is [I] design default of this plugin</source>
        <translation>Gregory et al. 2021 §5.1 [R]; Ford et al. 2020: 3-6 km desde zonas residenciales [R], se usa un anillo de 3 km; 5 % edificado es [I] valor predeterminado de diseño de esta herramienta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="274"/>
        <source>[I] placeholder, Ford et al. 2020 effective width 3-6 km [R]; enter your species&apos; value</source>
        <translation>[I] valor provisional, Ford et al. 2020 ancho efectivo de 3-6 km [R]; indique el valor de su especie</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="275"/>
        <source>[I] placeholder: enter the longest known dispersal distance of the focal species (CorridorDesign [R])</source>
        <translation>[I] valor provisional: indique la mayor distancia de dispersión conocida de la especie focal (CorridorDesign [R])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="276"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend</source>
        <translation>Códigos de clase de ESA WorldCover [I] valor predeterminado de diseño de esta herramienta; adáptelos a su leyenda de cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="277"/>
        <source>User-set: spacing ≤ the larval or adult dispersal distance of the target species (reefresilience; Leis 2006) [R]; 50 km is an [I] placeholder</source>
        <translation>Definida por el usuario: separación ≤ la distancia de dispersión larvaria o adulta de la especie objetivo (reefresilience; Leis 2006) [R]; 50 km es un [I] valor provisional</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="278"/>
        <source>Beier 2019 rule of thumb: 2 km fits home ranges of corridor-dwelling mammals [R] (literature, not an IUCN rule)</source>
        <translation>Regla práctica de Beier 2019: 2 km abarca los ámbitos hogareños de los mamíferos que viven en corredores [R] (literatura, no una regla de la UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="279"/>
        <source>[I] placeholder: enter the longest known dispersal distance of the focal species, or of a similar species (CorridorDesign advice [R])</source>
        <translation>[I] valor provisional: indique la mayor distancia de dispersión conocida de la especie focal, o de una especie similar (consejo de CorridorDesign [R])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="280"/>
        <source>[I] fallback default, anchored on Laurance et al. 2002 (many Amazonian species avoid 100 m clearings) [R]</source>
        <translation>[I] valor por defecto de respaldo, basado en Laurance et al. 2002 (muchas especies amazónicas evitan claros de 100 m) [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="281"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (tree cover, shrubland, grassland, herbaceous wetland, mangroves, moss and lichen)</source>
        <translation>Códigos de clase de ESA WorldCover [I] valor predeterminado de diseño de esta herramienta; adáptelos a su leyenda de cobertura del suelo (cobertura arbórea, matorral, pastizal, humedal herbáceo, manglares, musgo y liquen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="174"/>
        <source>{0} core(s) on a grid of {1} x {2} cells.</source>
        <translation>
            <numerusform>{0} área núcleo en una cuadrícula de {1} x {2} celdas.</numerusform>
            <numerusform>{0} áreas núcleo en una cuadrícula de {1} x {2} celdas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="245"/>
        <source>Least-cost corridors: {0} pair(s) linked, {1} dropped (through another core).</source>
        <translation>
            <numerusform>Corredores de menor costo: {0} par unido, {1} descartados (a través de otra área núcleo).</numerusform>
            <numerusform>Corredores de menor costo: {0} pares unidos, {1} descartados (a través de otra área núcleo).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_graph.py" line="31"/>
        <source>The conductance layer {0} has {1} cells with a negative value; conductances must be 0 (a barrier) or positive. Set those cells to NoData or fix the values.</source>
        <translation>La capa de conductancia {0} tiene {1} celdas con un valor negativo; las conductancias deben ser 0 (una barrera) o positivas. Asigne NoData a esas celdas o corrija los valores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_graph.py" line="34"/>
        <source>The resistance layer {0} has {1} cells with zero or negative resistance; circuit theory needs positive resistances. Use short-circuit regions for zero-resistance areas, or set those cells to NoData.</source>
        <translation>La capa de resistencia {0} tiene {1} celdas con resistencia cero o negativa; la teoría de circuitos necesita resistencias positivas. Use regiones de cortocircuito para las áreas de resistencia cero, o asigne NoData a esas celdas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_graph.py" line="62"/>
        <source>Neighbours must be 4 or 8, not {0}.</source>
        <translation>Los vecinos deben ser 4 u 8, no {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_pairwise.py" line="76"/>
        <source>Focal node(s) {0} lie only on NoData cells of {1} (no valid cell); move them onto the raster&apos;s valid cells or remove them.</source>
        <comment>, </comment>
        <translation>Los nodos focales {0} están solo sobre celdas NoData de {1} (ninguna celda válida); muévalos a celdas válidas del ráster o elimínelos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_pairwise.py" line="79"/>
        <source>Current flow needs at least two focal nodes (distinct ids); {0} found.</source>
        <translation>El flujo de corriente necesita al menos dos nodos focales (ids distintos); se encontraron {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_solver.py" line="133"/>
        <source>The circuit solver broke down (the network is not positive definite).</source>
        <translation>El solucionador del circuito falló (la red no es definida positiva).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_solver.py" line="148"/>
        <source>The circuit solver did not converge in {0} iterations (relative residual {1:.1e}).</source>
        <translation>El solucionador del circuito no convergió en {0} iteraciones (residuo relativo {1:.1e}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_solver.py" line="200"/>
        <source>The source or the sink has no valid cell.</source>
        <translation>La fuente o el sumidero no tiene ninguna celda válida.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/circuit_outputs.py" line="91"/>
        <source>Focal nodes {0} and {1}: not connected (no resistance).</source>
        <translation>Nodos focales {0} y {1}: no conectados (sin resistencia).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/circuit_outputs.py" line="92"/>
        <source>Focal nodes {0} and {1}: effective resistance {2:.6g}</source>
        <translation>Nodos focales {0} y {1}: resistencia efectiva {2:.6g}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="293"/>
        <source>Current flow between focal nodes (circuit theory)</source>
        <translation>Flujo de corriente entre nodos focales (teoría de circuitos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="294"/>
        <source>Circuit-theory connectivity</source>
        <translation>Conectividad por teoría de circuitos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="295"/>
        <source>Circuit-theory connectivity between focal nodes, as Circuitscape&apos;s pairwise raster mode computes it, with nothing else to install.
Every valid cell of the resistance raster is a node; neighbouring cells are joined by a conductance of 2 / (R1 + R2), or the mean of the two conductances with &apos;Average conductance&apos;; diagonal links (8 neighbours) are divided by the square root of 2. The cell size does not enter. NoData cells carry no current. Zero or negative resistance is refused.
Focal nodes: points or polygons with an id field; features sharing an id, and all the cells of a polygon, form one node. Short-circuit regions (optional polygons): areas of zero resistance, each one node.
For every pair of focal nodes, 1 A flows from one to the other. Outputs: the cumulative current over all pairs (a cell&apos;s current is the current passing through it), lines between the focal nodes with the effective resistance (NULL when the two are not connected), and, optionally, a folder with one voltage and one current map per pair.</source>
        <translation>Conectividad por teoría de circuitos entre nodos focales, como la calcula el modo por pares ráster de Circuitscape, sin nada más que instalar.
Cada celda válida del ráster de resistencia es un nodo; las celdas vecinas se unen con una conductancia de 2 / (R1 + R2), o la media de las dos conductancias con 'Conductancia media'; los enlaces diagonales (8 vecinos) se dividen por la raíz cuadrada de 2. El tamaño de celda no interviene. Las celdas NoData no llevan corriente. Se rechaza la resistencia cero o negativa.
Nodos focales: puntos o polígonos con un campo de id; las entidades con el mismo id, y todas las celdas de un polígono, forman un nodo. Regiones de cortocircuito (polígonos opcionales): áreas de resistencia cero, cada una un nodo.
Para cada par de nodos focales fluye 1 A de uno al otro. Salidas: la corriente acumulada de todos los pares (la corriente de una celda es la que pasa por ella), líneas entre los nodos focales con la resistencia efectiva (NULL cuando no están conectados) y, opcionalmente, una carpeta con un mapa de voltaje y uno de corriente por par.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="304"/>
        <source>Pinch points in corridors (circuit theory)</source>
        <translation>Puntos de estrangulamiento en corredores (teoría de circuitos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="305"/>
        <source>Finds pinch points in least-cost corridors, as Linkage Mapper&apos;s Pinchpoint Mapper does: where current funnels through a narrow passage that, once lost, would sever the link.
Run folder: the folder &apos;Least-cost corridors between cores&apos; kept (advanced parameter &apos;Keep cost-distance rasters in folder&apos;). For each linked pair (links dropped through a third core stay dropped), the resistance inside that pair&apos;s corridor (cells up to CUTOFF cost units above the least-cost path) is taken, each core is one node, and 1 A flows from one core to the other (8 neighbours, average resistance). Current is NoData inside the cores. 0 keeps the whole corridor the run kept.
Square resistance: use the resistance squared (Linkage Mapper&apos;s option), which makes current follow the cheapest routes more closely.
Resistance raster (optional): the run&apos;s own raster is used when empty; another raster must be on the same grid.
Outputs: the pinch-point raster (the highest current of any pair in each cell), the least-cost paths with the effective resistance (times the cell size, as Linkage Mapper reports it) and the ratio of least-cost distance to effective resistance, and, optionally, the current of all pairs together in the union of the corridors (Linkage Mapper&apos;s raster centrality).</source>
        <translation>Encuentra puntos de estrangulamiento en corredores de menor costo, como el Pinchpoint Mapper de Linkage Mapper: donde la corriente se concentra en un paso estrecho que, si se pierde, cortaría el enlace.
Carpeta de la ejecución: la carpeta que guardó 'Corredores de menor costo entre núcleos' (parámetro avanzado 'Guardar los rásteres de distancia de costo en una carpeta'). Para cada par enlazado (los enlaces descartados por pasar por un tercer núcleo siguen descartados) se toma la resistencia dentro del corredor del par (celdas hasta CUTOFF unidades de costo por encima de la ruta de menor costo), cada núcleo es un nodo y fluye 1 A de un núcleo al otro (8 vecinos, resistencia media). La corriente es NoData dentro de los núcleos. 0 conserva todo el corredor guardado.
Elevar la resistencia al cuadrado: usa la resistencia al cuadrado (opción de Linkage Mapper), con lo que la corriente sigue más de cerca las rutas más baratas.
Ráster de resistencia (opcional): vacío usa el ráster de la ejecución; otro ráster debe estar en la misma cuadrícula.
Salidas: el ráster de puntos de estrangulamiento (la mayor corriente de cualquier par en cada celda), las rutas de menor costo con la resistencia efectiva (multiplicada por el tamaño de celda, como la informa Linkage Mapper) y la razón entre distancia de menor costo y resistencia efectiva y, opcionalmente, la corriente de todos los pares juntos en la unión de los corredores (la centralidad ráster de Linkage Mapper).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="64"/>
        <source>The raster holds conductances</source>
        <translation>El ráster contiene conductancias</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="66"/>
        <source>Focal nodes (points or polygons)</source>
        <translation>Nodos focales (puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="69"/>
        <source>Focal node id field</source>
        <translation>Campo de id del nodo focal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="71"/>
        <source>Neighbours (4 or 8)</source>
        <translation>Vecinos (4 u 8)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="73"/>
        <source>Average conductance (instead of resistance)</source>
        <translation>Conductancia media (en lugar de resistencia)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="75"/>
        <source>Short-circuit regions (polygons, optional)</source>
        <translation>Regiones de cortocircuito (polígonos, opcional)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="78"/>
        <source>Short-circuit region id field</source>
        <translation>Campo de id de la región de cortocircuito</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="182"/>
        <source>Cumulative current</source>
        <translation>Corriente acumulada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="184"/>
        <source>Effective resistances</source>
        <translation>Resistencias efectivas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="83"/>
        <source>Voltage and current maps per pair (folder)</source>
        <translation>Mapas de voltaje y corriente por par (carpeta)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="110"/>
        <source>NEIGHBOURS must be 4 or 8, not {0}.</source>
        <translation>NEIGHBOURS debe ser 4 u 8, no {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="114"/>
        <source>Choose a focal nodes layer.</source>
        <translation>Elija una capa de nodos focales.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="156"/>
        <source>{0} focal nodes, {1} pairs, on a grid of {2} x {3} cells.</source>
        <translation>{0} nodos focales, {1} pares, en una cuadrícula de {2} x {3} celdas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="180"/>
        <source>Current flow (circuit theory): {0} focal nodes, {1} pairs.</source>
        <translation>Flujo de corriente (teoría de circuitos): {0} nodos focales, {1} pares.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="169"/>
        <source>Done in {0:.1f} s.</source>
        <translation>Terminado en {0:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="57"/>
        <source>Corridor cutoff, cost units (0 = the whole kept corridor)</source>
        <translation>Umbral del corredor, unidades de costo (0 = todo el corredor guardado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="60"/>
        <source>Square the resistance</source>
        <translation>Elevar la resistencia al cuadrado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="61"/>
        <source>Resistance raster (empty: the run&apos;s own)</source>
        <translation>Ráster de resistencia (vacío: el de la ejecución)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="160"/>
        <source>Least-cost paths with effective resistance</source>
        <translation>Rutas de menor costo con resistencia efectiva</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="66"/>
        <source>All pairs together (current centrality)</source>
        <translation>Todos los pares juntos (centralidad de corriente)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="81"/>
        <source>The corridor run in {0} names no resistance raster that still exists ({1}); choose the resistance raster it was made with.</source>
        <translation>La ejecución de corredores en {0} no nombra ningún ráster de resistencia que aún exista ({1}); elija el ráster de resistencia con que se hizo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="119"/>
        <source>The corridor run in {0} was made on another grid ({1} x {2} cells) than the resistance raster &apos;{3}&apos; ({4} x {5} cells, or another origin, cell size or CRS); choose the folder of a run on this raster, or that run&apos;s raster.</source>
        <translation>La ejecución de corredores en {0} se hizo sobre otra cuadrícula ({1} x {2} celdas) que el ráster de resistencia '{3}' ({4} x {5} celdas, u otro origen, tamaño de celda o SRC); elija la carpeta de una ejecución sobre este ráster, o el ráster de esa ejecución.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="126"/>
        <source>The corridor run in {0} has no linked pair of cores.</source>
        <translation>La ejecución de corredores en {0} no tiene ningún par de núcleos enlazado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="127"/>
        <source>{0} linked pairs of cores.</source>
        <translation>{0} pares de núcleos enlazados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="132"/>
        <source>Cores {0} and {1}: effective resistance {2}</source>
        <translation>Núcleos {0} y {1}: resistencia efectiva {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="155"/>
        <source>Pinch points (circuit theory) in the corridors of {0}: {1} pairs, cutoff {2}.</source>
        <translation>Puntos de estrangulamiento (teoría de circuitos) en los corredores de {0}: {1} pares, umbral {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="165"/>
        <source>Current, all pairs together</source>
        <translation>Corriente, todos los pares juntos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="50"/>
        <source>The style could not be applied to {0}.</source>
        <translation>No se pudo aplicar el estilo a {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="44"/>
        <source>{0} must be a number, not {1}.</source>
        <translation>{0} debe ser un número, no {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="46"/>
        <source>The minimum radius {0:g} is below the cell size {1:g}; use at least one cell ({1:g} map units).</source>
        <translation>El radio mínimo {0:g} es menor que el tamaño de celda {1:g}; use al menos una celda ({1:g} unidades del mapa).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="49"/>
        <source>The radius step must be 0 (one radius) or positive, not {0:g}.</source>
        <translation>El paso del radio debe ser 0 (un solo radio) o positivo, no {0:g}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="53"/>
        <source>The minimum radius {0:g} is above the maximum radius {1:g}; swap them.</source>
        <translation>El radio mínimo {0:g} es mayor que el radio máximo {1:g}; intercámbielos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="55"/>
        <source>The maximum radius {0:g} is larger than the raster ({1:g} map units across); use a smaller radius.</source>
        <translation>El radio máximo {0:g} es mayor que el ráster ({1:g} unidades del mapa de extensión); use un radio menor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="59"/>
        <source>{0} radii from {1:g} to {2:g} by {3:g}: more than {4}; use a larger step.</source>
        <translation>{0} radios de {1:g} a {2:g} cada {3:g}: más de {4}; use un paso mayor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="150"/>
        <source>COMBINE must be 0 (maximum), 1 (sum) or 2 (both), not {0}.</source>
        <translation>COMBINE debe ser 0 (máximo), 1 (suma) o 2 (ambos), no {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="152"/>
        <source>Give at least one radius.</source>
        <translation>Indique al menos un radio.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="156"/>
        <source>The corridor run has no linked pair of cores with a least-cost distance above 0; there is nothing to restore.</source>
        <translation>La ejecución de corredores no tiene ningún par de núcleos enlazado con una distancia de menor costo mayor que 0; no hay nada que restaurar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/crossings.py" line="172"/>
        <source>The infrastructure cells do not match the resistance grid.</source>
        <translation>Las celdas de la infraestructura no coinciden con la grilla de resistencia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/crossings.py" line="177"/>
        <source>The resistance grid has no passable cell.</source>
        <translation>La grilla de resistencia no tiene ninguna celda transitable.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/crossings.py" line="227"/>
        <source>The resistance raster is not the one the corridor run used: the least-cost distance between cores {0} and {1} is {2:.6g} in the run but {3:.6g} on this raster. Give the resistance raster of that run.</source>
        <translation>El ráster de resistencia no es el que usó la ejecución de corredores: la distancia de menor costo entre los núcleos {0} y {1} es {2:.6g} en la ejecución pero {3:.6g} en este ráster. Indique el ráster de resistencia de esa ejecución.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/ring_filter.py" line="29"/>
        <source>The cell size must be positive, not {0}.</source>
        <translation>El tamaño de celda debe ser positivo, no {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/ring_filter.py" line="46"/>
        <source>The radius {0:g} is below the cell size {1:g}; use a radius of at least one cell.</source>
        <translation>El radio {0:g} es menor que el tamaño de celda {1:g}; use un radio de al menos una celda.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="67"/>
        <source>A network needs at least two core areas; there is {0}.</source>
        <translation>Una red necesita al menos dos áreas núcleo; hay {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="87"/>
        <source>The distance threshold must be 0 or more (it is {0}).</source>
        <translation>El umbral de distancia debe ser 0 o más (es {0}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/centrality.py" line="39"/>
        <source>Link resistances must be finite and not negative for the current-flow centrality.</source>
        <translation>Las resistencias de los enlaces deben ser finitas y no negativas para la centralidad de flujo de corriente.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/geometry.py" line="66"/>
        <source>The region has no area; choose the polygon of the country or landscape.</source>
        <translation>La región no tiene área; elija el polígono del país o del paisaje.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/geometry.py" line="69"/>
        <source>No core area lies inside the region: the cores and the region do not overlap. Check that they are the same place (a region in another CRS is reprojected to the cores&apos; CRS).</source>
        <translation>Ninguna área núcleo está dentro de la región: las áreas núcleo y la región no se superponen. Compruebe que son el mismo lugar (una región en otro SRC se reproyecta al SRC de las áreas núcleo).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="49"/>
        <source>The dispersal distance must be greater than 0 (it is {0}); give the distance at which the probability of dispersal is the chosen probability.</source>
        <translation>La distancia de dispersión debe ser mayor que 0 (es {0}); indique la distancia a la que la probabilidad de dispersión es la probabilidad elegida.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="52"/>
        <source>The probability at the dispersal distance must be between 0 and 1, both excluded (it is {0}); 0.5 means half of the dispersers reach that distance.</source>
        <translation>La probabilidad a la distancia de dispersión debe estar entre 0 y 1, ambos excluidos (es {0}); 0.5 significa que la mitad de los individuos que se dispersan alcanzan esa distancia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="69"/>
        <source>Core attributes must be finite and not negative; {0} are not.</source>
        <translation>Los atributos de las áreas núcleo deben ser finitos y no negativos; {0} no lo son.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="72"/>
        <source>Every core has an attribute of 0, so there is nothing to connect; choose another attribute field or leave it empty to use the area.</source>
        <translation>Todas las áreas núcleo tienen un atributo de 0, así que no hay nada que conectar; elija otro campo de atributo o déjelo vacío para usar el área.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/priority.py" line="45"/>
        <source>The weight {0} must be 0 or more (it is {1}).</source>
        <translation>El peso {0} debe ser 0 o más (es {1}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/priority.py" line="80"/>
        <source>A core has no perimeter; every core must be a polygon with an area.</source>
        <translation>Un área núcleo no tiene perímetro; cada área núcleo debe ser un polígono con área.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/protconn.py" line="53"/>
        <source>The region has no area; choose a polygon layer that covers the study region.</source>
        <translation>La región no tiene área; elija una capa de polígonos que cubra la región de estudio.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/protconn.py" line="57"/>
        <source>No core area lies inside the region, so ProtConn is 0 and its parts are undefined; check that the region and the cores overlap.</source>
        <translation>Ninguna área núcleo está dentro de la región, así que ProtConn es 0 y sus partes no están definidas; compruebe que la región y las áreas núcleo se superponen.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="50"/>
        <source>The layer &apos;{0}&apos; holds {1} core; a network needs at least two cores. Add core areas, or choose the layer that holds all of them.</source>
        <translation>La capa '{0}' contiene {1} área núcleo; una red necesita al menos dos áreas núcleo. Añada áreas núcleo o elija la capa que las contiene todas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="59"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos;; choose its attribute field or leave it empty to use the area.</source>
        <translation>La capa '{0}' no tiene el campo '{1}'; elija su campo de atributo o déjelo vacío para usar el área.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="72"/>
        <source>The attribute field &apos;{0}&apos; of &apos;{1}&apos; is empty, not a number or negative for the cores {2}; fill in a value of 0 or more for every core.</source>
        <translation>El campo de atributo '{0}' de '{1}' está vacío, no es un número o es negativo para las áreas núcleo {2}; indique un valor de 0 o más para cada área núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="87"/>
        <source>Least-cost distances need the paths layer of a corridors run (PATHS).</source>
        <translation>Las distancias de menor costo necesitan la capa de rutas de una ejecución de corredores (PATHS).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="91"/>
        <source>The paths layer &apos;{0}&apos; has no field {1}; choose the least-cost paths written by &apos;Least-cost corridors between cores&apos;.</source>
        <translation>La capa de rutas '{0}' no tiene el campo {1}; elija las rutas de menor costo escritas por 'Corredores de menor costo entre núcleos'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="108"/>
        <source>The paths layer &apos;{0}&apos; gives the pair {1}-{2} a least-cost distance of {3}; it must be 0 or more.</source>
        <translation>La capa de rutas '{0}' da al par {1}-{2} una distancia de menor costo de {3}; debe ser 0 o más.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="117"/>
        <source>The paths layer &apos;{0}&apos; links cores {1} that are not in &apos;{2}&apos; (field of ids as chosen); use the paths of a corridors run on these cores.</source>
        <translation>La capa de rutas '{0}' enlaza las áreas núcleo {1}, que no están en '{2}' (con el campo de identificadores elegido); use las rutas de una ejecución de corredores sobre estas áreas núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="121"/>
        <source>The paths layer &apos;{0}&apos; holds no link with a least-cost distance; run the corridors first.</source>
        <translation>La capa de rutas '{0}' no contiene ningún enlace con distancia de menor costo; ejecute primero los corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="131"/>
        <source>The region layer &apos;{0}&apos; must hold polygons (the country or landscape).</source>
        <translation>La capa de región '{0}' debe contener polígonos (el país o el paisaje).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="133"/>
        <source>The region &apos;{0}&apos; is reprojected from {1} to the cores&apos; CRS {2}.</source>
        <translation>La región '{0}' se reproyecta de {1} al SRC de las áreas núcleo {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="138"/>
        <source>The region layer &apos;{0}&apos; has no area; choose the polygon of the country or landscape.</source>
        <translation>La capa de región '{0}' no tiene área; elija el polígono del país o del paisaje.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="154"/>
        <source>The field &apos;{0}&apos; of &apos;{1}&apos; is replaced by the computed field of that name.</source>
        <translation>El campo '{0}' de '{1}' se reemplaza por el campo calculado con ese nombre.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="25"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos; (the {2}).</source>
        <translation>La capa '{0}' no tiene el campo '{1}' (el {2}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="36"/>
        <source>The field &apos;{0}&apos; of &apos;{1}&apos; (the {2}) is empty, not a number or negative for the cores {3}; fill in a value of 0 or more.</source>
        <translation>El campo '{0}' de '{1}' ({2}) está vacío, no es un número o es negativo para las áreas núcleo {3}; indique un valor de 0 o más.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="55"/>
        <source>The cores {0} of &apos;{1}&apos; cover no passable cell of the resistance raster &apos;{2}&apos;, so their mean resistance is unknown; check that the raster covers them.</source>
        <comment>, </comment>
        <translation>Las áreas núcleo {0} de '{1}' no cubren ninguna celda transitable del ráster de resistencia '{2}', así que su resistencia media es desconocida; compruebe que el ráster las cubre.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="66"/>
        <source>The link table &apos;{0}&apos; has no field &apos;{1}&apos;; it needs core_a, core_b and the expert value.</source>
        <translation>La tabla de enlaces '{0}' no tiene el campo '{1}'; necesita core_a, core_b y el valor experto.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="77"/>
        <source>The link table &apos;{0}&apos; has no value in &apos;{1}&apos; for the pairs {2}; give every linked pair a value.</source>
        <translation>La tabla de enlaces '{0}' no tiene valor en '{1}' para los pares {2}; dé un valor a cada par enlazado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="40"/>
        <source>Choose the folder of a corridor run (the cost-distance folder of Least-cost corridors).</source>
        <translation>Elija la carpeta de una ejecución de corredores (la carpeta de costo-distancia de Corredores de menor costo).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="49"/>
        <source>The cost-distance raster {0} does not lie on the grid recorded in {1} (it comes from another raster or run); run Least-cost corridors again into an empty folder.</source>
        <translation>El ráster de costo-distancia {0} no está en la grilla registrada en {1} (proviene de otro ráster o de otra ejecución); vuelva a ejecutar Corredores de menor costo en una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="60"/>
        <source>The {0} &apos;{1}&apos; ({2} x {3} cells of {4:g} map units, {5}) is not on the grid of the corridor run in {6} ({7} x {8} cells of {9:g}, {10}): the run was made from another raster. Use the raster of that run, or run the corridors again on this one.</source>
        <translation>El {0} '{1}' ({2} x {3} celdas de {4:g} unidades del mapa, {5}) no está en la grilla de la ejecución de corredores de {6} ({7} x {8} celdas de {9:g}, {10}): la ejecución se hizo con otro ráster. Use el ráster de esa ejecución o vuelva a calcular los corredores con este.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="70"/>
        <source>The {0} layer could not be opened.</source>
        <translation>No se pudo abrir la capa de {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="290"/>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="290"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="74"/>
        <source>The {0} layer &apos;{1}&apos; holds {2} geometries; it must hold {3}.</source>
        <translation>La capa de {0} '{1}' contiene geometrías de tipo {2}; debe contener {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="77"/>
        <source>The layer &apos;{0}&apos; has no coordinate reference system; set its CRS (Layer Properties &gt; Source) to the CRS it was made in.</source>
        <translation>La capa '{0}' no tiene sistema de referencia de coordenadas; asígnele su SRC (Propiedades de la capa &gt; Fuente), el SRC en que se creó.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="95"/>
        <source>Feature {0} of &apos;{1}&apos; has &apos;{2}&apos; in the field &apos;{3}&apos;; give a positive number (the resistance to add) or &apos;impassable&apos;.</source>
        <translation>La entidad {0} de '{1}' tiene '{2}' en el campo '{3}'; indique un número positivo (la resistencia que se suma) o 'impassable'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="100"/>
        <source>Feature {0} of &apos;{1}&apos; adds a resistance of {2:g} (field &apos;{3}&apos;); give a positive number or &apos;impassable&apos;.</source>
        <translation>La entidad {0} de '{1}' suma una resistencia de {2:g} (campo '{3}'); indique un número positivo o 'impassable'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="109"/>
        <source>infrastructure</source>
        <translation>infraestructura</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="115"/>
        <source>The infrastructure layer &apos;{0}&apos; has no line; choose a layer that holds the roads, railways or fences.</source>
        <translation>La capa de infraestructura '{0}' no tiene ninguna línea; elija una capa que contenga las carreteras, vías férreas o cercas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="128"/>
        <source>No line of &apos;{0}&apos; crosses the resistance raster (after reprojection to its CRS); check the layer&apos;s CRS and extent.</source>
        <translation>Ninguna línea de '{0}' cruza el ráster de resistencia (tras reproyectarla a su SRC); revise el SRC y la extensión de la capa.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="136"/>
        <source>crossings</source>
        <translation>pasos de fauna</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_outputs.py" line="34"/>
        <source>{0} cells of {1} exceed the largest value a Float32 raster holds; they are written as NoData.</source>
        <translation>{0} celdas de {1} superan el mayor valor que admite un ráster Float32; se escriben como NoData.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_outputs.py" line="86"/>
        <source>% of the LCD per map unit</source>
        <translation>% de la LCD por unidad del mapa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_outputs.py" line="86"/>
        <source>cost units per map unit</source>
        <translation>unidades de costo por unidad del mapa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="332"/>
        <source>0 (no gain)</source>
        <translation>0 (sin ganancia)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_outputs.py" line="96"/>
        <source>{0:,.0f} m</source>
        <translation>{0:,.0f} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="282"/>
        <source>Restoration priorities (barriers)</source>
        <translation>Prioridades de restauración (barreras)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="283"/>
        <source>Finds where restoring habitat would shorten the least-cost links between cores most, as Linkage Mapper&apos;s Barrier Mapper does, from the folder a &apos;Least-cost corridors between cores&apos; run kept (advanced parameter &apos;Keep cost-distance rasters in folder&apos;).
For every linked pair and radius r, the tool imagines a disc of radius r around each cell restored to resistance 1. A route could then go from one core to the edge of the disc, straight across it and on to the other core. The improvement score is how much that lowers the pair&apos;s least-cost distance (LCD) per map unit restored: (LCD - cost from core A to the disc&apos;s edge - cost from core B to it - 2r) / 2r. The disc&apos;s edge is a ring one cell wide, exact in map units on any cell size.
Radii: from the minimum to the maximum by the step, in map units (metres). The minimum must be at least the cell size; a step of 0 means one radius (the minimum).
Combine pairs: maximum (the best pair at each cell; negative scores are NoData), sum (negative scores and NoData count as 0), or both. Across radii the highest score is kept, and the radius raster says which radius gave it.
Percent: the score as a percentage of each pair&apos;s LCD (per map unit restored).
Outputs: the score at disc centres, the area to restore (the highest score of any disc covering the cell), the radius, and the top sites as ranked points (pair, score, radius_m, lcd_gain = the LCD drop in cost units, rank). Planners act on the sites.</source>
        <translation>Encuentra dónde la restauración del hábitat acortaría más los enlaces de menor costo entre núcleos, como el Barrier Mapper de Linkage Mapper, a partir de la carpeta que conservó una ejecución de 'Corredores de menor costo entre núcleos' (parámetro avanzado 'Conservar los rásteres de costo-distancia en una carpeta').
Para cada par enlazado y cada radio r, la herramienta imagina un disco de radio r alrededor de cada celda restaurado a resistencia 1. Una ruta podría entonces ir de un núcleo al borde del disco, cruzarlo en línea recta y seguir hasta el otro núcleo. La puntuación de mejora es cuánto baja eso la distancia de menor costo (LCD) del par por unidad del mapa restaurada: (LCD - costo del núcleo A al borde del disco - costo del núcleo B hasta él - 2r) / 2r. El borde del disco es un anillo de una celda de ancho, exacto en unidades del mapa con cualquier tamaño de celda.
Radios: del mínimo al máximo según el paso, en unidades del mapa (metros). El mínimo debe ser al menos el tamaño de celda; un paso de 0 significa un solo radio (el mínimo).
Combinar pares: máximo (el mejor par en cada celda; las puntuaciones negativas son NoData), suma (las puntuaciones negativas y NoData cuentan como 0), o ambos. Entre radios se conserva la puntuación más alta, y el ráster de radio indica qué radio la dio.
Porcentaje: la puntuación como porcentaje de la LCD de cada par (por unidad del mapa restaurada).
Salidas: la puntuación en los centros de los discos, el área a restaurar (la puntuación más alta de cualquier disco que cubra la celda), el radio, y los mejores sitios como puntos ordenados (pair, score, radius_m, lcd_gain = la bajada de la LCD en unidades de costo, rank). Los planificadores actúan sobre los sitios.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="291"/>
        <source>Infrastructure crossing priorities</source>
        <translation>Prioridades de cruce de infraestructuras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="292"/>
        <source>Measures how much linear infrastructure (roads, railways, canals, fences) raises the cost of each corridor of a kept &apos;Least-cost corridors between cores&apos; run, and where a crossing structure (underpass, overpass) would win most of it back.
Infrastructure: lines. The optional resistance field gives the resistance each line adds to the cells it touches (a positive number) or the text &apos;impassable&apos;; without the field, or where it is empty, the lines cannot be crossed. Lines in another CRS are reprojected to the run&apos;s grid.
Existing crossings (optional): points of underpasses and overpasses; the infrastructure stays permeable within one cell of each point.
Current (optional): the raster of &apos;Pinch points&apos; on the same grid; each crossing gets the highest current along its stretch.
Resistance (advanced): the resistance raster of the corridor run; by default the file the run recorded.
For each linked pair whose corridor the infrastructure crosses, one point per crossing stretch (the infrastructure cells inside the corridor that touch each other), placed where the stretch is nearest the least-cost path, with: severance_cost = how much the pair&apos;s least-cost distance (LCD) rises with the infrastructure burned in; keep_open_gain = how much of that a crossing structure at this stretch wins back (the pair is run again with only this stretch open); current; corridor_value = the corridor value at the point (0 on the least-cost path); rank (1 = build first). A pair the infrastructure cuts off has &apos;severed&apos; set and an empty severance_cost and keep_open_gain; &apos;reconnects&apos; marks the stretches whose crossing alone would reconnect it (they rank first). Each pair is run only inside its corridor&apos;s box unless the infrastructure pushes its route out of the corridor.</source>
        <translation>Mide cuánto aumenta la infraestructura lineal (carreteras, vías férreas, canales, cercas) el costo de cada corredor de una ejecución conservada de 'Corredores de menor costo entre núcleos', y dónde un paso de fauna (paso inferior, paso superior) recuperaría la mayor parte.
Infraestructura: líneas. El campo de resistencia opcional da la resistencia que cada línea suma a las celdas que toca (un número positivo) o el texto 'impassable'; sin el campo, o donde está vacío, las líneas no se pueden cruzar. Las líneas en otro SRC se reproyectan a la grilla de la ejecución.
Cruces existentes (opcional): puntos de pasos inferiores y superiores; la infraestructura queda permeable a una celda de cada punto.
Corriente (opcional): el ráster de 'Cuellos de botella' en la misma grilla; cada cruce recibe la corriente más alta a lo largo de su tramo.
Resistencia (avanzado): el ráster de resistencia de la ejecución de corredores; por defecto, el archivo que registró la ejecución.
Para cada par enlazado cuyo corredor cruza la infraestructura, un punto por tramo de cruce (las celdas de infraestructura dentro del corredor que se tocan entre sí), situado donde el tramo está más cerca de la ruta de menor costo, con: severance_cost = cuánto sube la distancia de menor costo (LCD) del par con la infraestructura incorporada; keep_open_gain = cuánto de eso recupera un paso de fauna en este tramo (el par se calcula de nuevo con solo este tramo abierto); current; corridor_value = el valor del corredor en el punto (0 en la ruta de menor costo); rank (1 = construir primero). Un par que la infraestructura deja aislado tiene 'severed' marcado y severance_cost y keep_open_gain vacíos; 'reconnects' marca los tramos cuyo cruce por sí solo lo reconectaría (van primero). Cada par se calcula solo dentro del rectángulo de su corredor, salvo que la infraestructura saque su ruta del corredor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="300"/>
        <source>Linkage priority</source>
        <translation>Prioridad de enlaces</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="301"/>
        <source>Ranks the corridors of a corridors run, as Linkage Mapper&apos;s Linkage Priority tool does, and maps a blended priority raster.
Run folder: the folder kept by &apos;Least-cost corridors between cores&apos; (advanced parameter &apos;Keep cost-distance rasters in folder&apos;). Cores and resistance: the layers of that run.
Core area value (per core): a weighted sum of the mean resistance inside the core (inverted: low resistance scores high), the area, the area/perimeter ratio, an optional expert value and an optional current-flow centrality field (for example cf_centrality from &apos;Core network connectivity&apos;), each divided by its maximum; then rescaled from 0 (lowest) to 1 (highest) as norm_cav.
Per link: rel_close = 1 for the shortest path and 0 for the longest (path length); rel_perm = 1 for the lowest and 0 for the highest mean resistance along the path (lcd_per_path); csp = the weighted sum of rel_close, rel_perm, the mean norm_cav of the two cores and an optional expert value per pair (from a table with core_a, core_b and the value, rescaled 0 to 1); csp_norm = csp divided by the highest csp. When all links have the same value, the rescaled value is 1.
Blended priority raster: in each corridor, the truncation weight times the corridor&apos;s normalised value inverted (1 on the least-cost path, 0 at the run&apos;s width cutoff, or at the corridor&apos;s largest value when the run had no cutoff) plus the CSP weight times the corridor&apos;s csp_norm; where corridors overlap, the highest value.
Weights default to Linkage Mapper&apos;s demo: core value 0.33 resistance, 0.33 size, 0.34 area/perimeter; link 0.33 closeness, 0.33 permeability, 0.34 core value; blend 0.5 and 0.5. A weight above 0 for an expert value or centrality needs its field.</source>
        <translation>Ordena los corredores de una ejecución de corredores, como la herramienta Linkage Priority de Linkage Mapper, y cartografía un ráster de prioridad combinada.
Carpeta de la ejecución: la carpeta conservada por 'Corredores de menor costo entre núcleos' (parámetro avanzado 'Conservar los rásteres de costo-distancia en una carpeta'). Áreas núcleo y resistencia: las capas de esa ejecución.
Valor del área núcleo (por área núcleo): una suma ponderada de la resistencia media dentro del área núcleo (invertida: una resistencia baja puntúa alto), el área, la razón área/perímetro, un valor experto opcional y un campo opcional de centralidad de flujo de corriente (por ejemplo cf_centrality de 'Conectividad de la red de núcleos'), cada uno dividido por su máximo; luego reescalada de 0 (el menor) a 1 (el mayor) como norm_cav.
Por enlace: rel_close = 1 para la ruta más corta y 0 para la más larga (longitud de la ruta); rel_perm = 1 para la menor y 0 para la mayor resistencia media a lo largo de la ruta (lcd_per_path); csp = la suma ponderada de rel_close, rel_perm, el norm_cav medio de las dos áreas núcleo y un valor experto opcional por par (de una tabla con core_a, core_b y el valor, reescalado de 0 a 1); csp_norm = csp dividido por el mayor csp. Cuando todos los enlaces tienen el mismo valor, el valor reescalado es 1.
Ráster de prioridad combinada: en cada corredor, el peso del corredor por el valor normalizado del corredor invertido (1 en la ruta de menor costo, 0 en el umbral de ancho de la ejecución, o en el mayor valor del corredor cuando la ejecución no tenía umbral) más el peso CSP por el csp_norm del corredor; donde los corredores se superponen, el valor más alto.
Los pesos por defecto son los de la demo de Linkage Mapper: valor del área núcleo 0.33 resistencia, 0.33 tamaño, 0.34 área/perímetro; enlace 0.33 cercanía, 0.33 permeabilidad, 0.34 valor del área núcleo; combinación 0.5 y 0.5. Un peso mayor que 0 para un valor experto o la centralidad necesita su campo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="302"/>
        <source>Core network connectivity (PC, dPC, ProtConn, centrality)</source>
        <translation>Conectividad de la red de núcleos (PC, dPC, ProtConn, centralidad)</translation>
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
        <translation>Mide en qué grado las áreas núcleo forman una red conectada, como Conefor y Centrality Mapper de Linkage Mapper, y qué áreas núcleo y enlaces importan más.
Enlaces: con distancias euclidianas, cada par de áreas núcleo hasta el umbral de distancia (de borde a borde, en metros); con distancias de menor costo, los pares de la capa de rutas de una ejecución de corredores (campos core_a, core_b, lcd), en unidades de costo (entonces la distancia de dispersión y el umbral también están en unidades de costo).
Dispersión: la probabilidad de moverse entre dos áreas núcleo disminuye con la distancia, p = exp(-k d), y es igual a la probabilidad dada a la distancia de dispersión. Entre áreas núcleo sin enlace directo cuenta la mejor cadena de enlaces (el producto máximo de probabilidades, p*).
PC (probabilidad de conectividad) = suma de a_i a_j p*_ij / A_L^2; EC (área conectada equivalente) = la raíz cuadrada de esa suma, en la unidad del atributo (hectáreas por defecto); IIC cuenta los enlaces entre áreas núcleo separadas como mucho por el umbral. A_L es el área de la región en hectáreas cuando se da una región; si no, la suma de los atributos (entonces PC es 1 para una red cuyas áreas núcleo están totalmente conectadas).
Por área núcleo: dPC = el porcentaje de PC que se pierde sin el área núcleo, dividido en dPC_intra (su propia área), dPC_flux (la dispersión desde y hacia ella) y dPC_connector (su papel de trampolín ecológico para las demás), como en Saura y Rubio 2010; dIIC lo mismo para IIC; component = el grupo de áreas núcleo enlazadas hasta el umbral. Por enlace: p y dPC_link = el porcentaje de PC que se pierde sin el enlace.
cf_centrality: el modo de red de Circuitscape sobre los enlaces (resistencia = la distancia del enlace; cada par de áreas núcleo enlazadas lleva 1 A): para un enlace, su corriente total sobre todos los pares, y para un área núcleo, su corriente total, que incluye el 1 A de cada par del que el área núcleo es un extremo, como lo cuenta Centrality Mapper de Linkage Mapper.
ProtConn (con una región; Saura et al. 2017): el porcentaje de la región que está protegido y conectado. Prot = porcentaje protegido, ProtUnconn = Prot - ProtConn, y las partes de ProtConn en porcentaje: Within (dentro de áreas núcleo individuales), Contig (a través de áreas núcleo que se tocan), Unprot (a través de tierras no protegidas) y Trans (a través de áreas núcleo fuera de la región). Solo cuenta el área de las áreas núcleo dentro de la región; las áreas núcleo completamente fuera de la región cuentan como trampolines ecológicos sin área (esa es la parte Trans). La herramienta no conoce las áreas protegidas más allá de la región que no están en la capa de áreas núcleo, así que incluya las áreas vecinas en esa capa para obtener una parte Trans completa. ProtConn usa siempre áreas en hectáreas, sea cual sea el campo de atributo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="325"/>
        <source>ranks 1 to 3</source>
        <translation>puestos 1 a 3</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="326"/>
        <source>ranks 4 to 10</source>
        <translation>puestos 4 a 10</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="327"/>
        <source>rank 11 and below</source>
        <translation>puesto 11 en adelante</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="330"/>
        <source>smallest radius</source>
        <translation>radio más pequeño</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="331"/>
        <source>largest radius</source>
        <translation>radio más grande</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="333"/>
        <source>highest gain</source>
        <translation>mayor ganancia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="62"/>
        <source>Minimum radius, m</source>
        <translation>Radio mínimo, m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="62"/>
        <source>Maximum radius, m</source>
        <translation>Radio máximo, m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="62"/>
        <source>Radius step, m (0 = the minimum radius only)</source>
        <translation>Paso del radio, m (0 = solo el radio mínimo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="67"/>
        <source>Combine pairs</source>
        <translation>Combinar pares</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="67"/>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="67"/>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="67"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="69"/>
        <source>Score as % of each pair&apos;s LCD</source>
        <translation>Puntuación como % de la LCD de cada par</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="70"/>
        <source>Number of sites</source>
        <translation>Número de sitios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="74"/>
        <source>Restoration score (disc centres)</source>
        <translation>Puntuación de restauración (centros de disco)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="76"/>
        <source>Restoration score, summed over pairs (when combining both)</source>
        <translation>Puntuación de restauración sumada entre pares (al combinar ambos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="79"/>
        <source>Restoration score (area to restore)</source>
        <translation>Puntuación de restauración (área a restaurar)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="81"/>
        <source>Best radius</source>
        <translation>Mejor radio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="144"/>
        <source>Restoration sites</source>
        <translation>Sitios de restauración</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="118"/>
        <source>The radius step is 0: one radius, {0:g} m, is used.</source>
        <translation>El paso del radio es 0: se usa un solo radio, {0:g} m.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="120"/>
        <source>{0} linked pairs, {1} radii ({2}) on a grid of {3} x {4} cells.</source>
        <translation>{0} pares enlazados, {1} radios ({2}) en una grilla de {3} x {4} celdas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="133"/>
        <source>Restoration priorities from {0}: {1} pairs, radii {2} m, {3} sites.</source>
        <translation>Prioridades de restauración de {0}: {1} pares, radios {2} m, {3} sitios.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="136"/>
        <source>Restoration score</source>
        <translation>Puntuación de restauración</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="136"/>
        <source>Area to restore</source>
        <translation>Área a restaurar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="136"/>
        <source>Restoration score (sum)</source>
        <translation>Puntuación de restauración (suma)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="142"/>
        <source>Best restoration radius</source>
        <translation>Mejor radio de restauración</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="147"/>
        <source>Site {0}: score {1:.4g}, radius {2:g} m, LCD gain {3:,.0f} ({4}).</source>
        <translation>Sitio {0}: puntuación {1:.4g}, radio {2:g} m, ganancia de LCD {3:,.0f} ({4}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="60"/>
        <source>Infrastructure (roads, railways, fences: lines)</source>
        <translation>Infraestructura (carreteras, vías férreas, cercas: líneas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="62"/>
        <source>Resistance added (field: a number or &apos;impassable&apos;; none = impassable)</source>
        <translation>Resistencia sumada (campo: un número o 'impassable'; ninguno = infranqueable)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="67"/>
        <source>Existing crossings (underpasses, overpasses: points)</source>
        <translation>Cruces existentes (pasos inferiores, superiores: puntos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="70"/>
        <source>Current (from Pinch points)</source>
        <translation>Corriente (de Cuellos de botella)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="72"/>
        <source>Resistance raster of the run (default: the one the run recorded)</source>
        <translation>Ráster de resistencia de la ejecución (por defecto: el que registró la ejecución)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="187"/>
        <source>Infrastructure crossings</source>
        <translation>Cruces de infraestructura</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="94"/>
        <source>The corridor run in {0} does not name a resistance raster that exists ({1}); give the run&apos;s resistance raster in the Resistance parameter.</source>
        <translation>La ejecución de corredores de {0} no nombra un ráster de resistencia que exista ({1}); indique el ráster de resistencia de la ejecución en el parámetro Resistencia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="98"/>
        <source>The resistance raster {0} that the corridor run in {1} used cannot be opened; give it in the Resistance parameter.</source>
        <translation>No se puede abrir el ráster de resistencia {0} que usó la ejecución de corredores de {1}; indíquelo en el parámetro Resistencia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="126"/>
        <source>Choose an infrastructure layer (lines).</source>
        <translation>Elija una capa de infraestructura (líneas).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="133"/>
        <source>resistance raster</source>
        <translation>ráster de resistencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="137"/>
        <source>current raster</source>
        <translation>ráster de corriente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="142"/>
        <source>The layer &apos;{0}&apos; is reprojected from {1} to the run&apos;s CRS {2}.</source>
        <translation>La capa '{0}' se reproyecta de {1} al SRC de la ejecución {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="146"/>
        <source>{0} lines of &apos;{1}&apos; burned into {2} cells ({3} impassable).</source>
        <translation>{0} líneas de '{1}' incorporadas en {2} celdas ({3} infranqueables).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="151"/>
        <source>{0} existing crossings keep the infrastructure open.</source>
        <translation>{0} cruces existentes mantienen abierta la infraestructura.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="153"/>
        <source>{0} points of &apos;{1}&apos; lie more than one cell from any infrastructure line and were ignored.</source>
        <translation>{0} puntos de '{1}' están a más de una celda de cualquier línea de infraestructura y se ignoraron.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="164"/>
        <source>Pair {0} of {1}: cores {2} and {3}</source>
        <translation>Par {0} de {1}: núcleos {2} y {3}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="175"/>
        <source>Cores {0} and {1}: the infrastructure cuts them off (LCD {2:,.0f} without it).</source>
        <translation>Núcleos {0} y {1}: la infraestructura los deja aislados (LCD {2:,.0f} sin ella).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="178"/>
        <source>Cores {0} and {1}: LCD {2:,.0f} -&gt; {3:,.0f} with the infrastructure, {4} crossing stretches.</source>
        <translation>Núcleos {0} y {1}: LCD {2:,.0f} -&gt; {3:,.0f} con la infraestructura, {4} tramos de cruce.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="182"/>
        <source>The infrastructure crosses no corridor of the run: the output has no point.</source>
        <translation>La infraestructura no cruza ningún corredor de la ejecución: la salida no tiene puntos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="185"/>
        <source>Infrastructure crossings of {0} on the corridors of {1}: {2} stretches in {3} pairs.</source>
        <translation>Cruces de infraestructura de {0} en los corredores de {1}: {2} tramos en {3} pares.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="75"/>
        <source>Expert core value field</source>
        <translation>Campo de valor experto del área núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="78"/>
        <source>Current-flow centrality field (e.g. cf_centrality)</source>
        <translation>Campo de centralidad de flujo de corriente (p. ej. cf_centrality)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="81"/>
        <source>Expert link values (table with core_a, core_b)</source>
        <translation>Valores expertos de los enlaces (tabla con core_a, core_b)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="84"/>
        <source>Expert link value field</source>
        <translation>Campo de valor experto del enlace</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="88"/>
        <source>Core value weight: low resistance</source>
        <translation>Peso del valor del área núcleo: resistencia baja</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="88"/>
        <source>Core value weight: area</source>
        <translation>Peso del valor del área núcleo: área</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="89"/>
        <source>Core value weight: area/perimeter</source>
        <translation>Peso del valor del área núcleo: área/perímetro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="90"/>
        <source>Core value weight: expert value</source>
        <translation>Peso del valor del área núcleo: valor experto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="91"/>
        <source>Core value weight: centrality</source>
        <translation>Peso del valor del área núcleo: centralidad</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="92"/>
        <source>Link weight: closeness</source>
        <translation>Peso del enlace: cercanía</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="92"/>
        <source>Link weight: permeability</source>
        <translation>Peso del enlace: permeabilidad</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="93"/>
        <source>Link weight: core value</source>
        <translation>Peso del enlace: valor del área núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="93"/>
        <source>Link weight: expert value</source>
        <translation>Peso del enlace: valor experto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="94"/>
        <source>Blend weight: corridor</source>
        <translation>Peso de la combinación: corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="94"/>
        <source>Blend weight: link priority (csp)</source>
        <translation>Peso de la combinación: prioridad del enlace (csp)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="195"/>
        <source>Linkage priority links</source>
        <translation>Enlaces con prioridad</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="198"/>
        <source>Core area values</source>
        <translation>Valores de las áreas núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="200"/>
        <source>Blended priority</source>
        <translation>Prioridad combinada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="143"/>
        <source>The corridor run in {0} links no pair of cores; there is nothing to rank.</source>
        <translation>La ejecución de corredores en {0} no enlaza ningún par de áreas núcleo; no hay nada que ordenar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="147"/>
        <source>The corridor run in {0} links cores {1} that are not in &apos;{2}&apos;; choose the cores layer and id field of that run.</source>
        <translation>La ejecución de corredores en {0} enlaza las áreas núcleo {1}, que no están en '{2}'; elija la capa de áreas núcleo y el campo de identificador de esa ejecución.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="165"/>
        <source>expert core value</source>
        <translation>valor experto del área núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="165"/>
        <source>current-flow centrality</source>
        <translation>centralidad de flujo de corriente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="155"/>
        <source>expert link value</source>
        <translation>valor experto del enlace</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="160"/>
        <source>The weight of the {0} is above 0 but no field is given for it; choose the field or set the weight to 0.</source>
        <translation>El peso de {0} es mayor que 0 pero no se indica ningún campo; elija el campo o ponga el peso a 0.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="193"/>
        <source>Linkage priority of {0} corridors from {1}; the highest csp is cores {2} and {3}.</source>
        <translation>Prioridad de {0} corredores de {1}; el csp más alto es el de las áreas núcleo {2} y {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="70"/>
        <source>Attribute field (empty = area in hectares)</source>
        <translation>Campo de atributo (vacío = área en hectáreas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="73"/>
        <source>Distance between cores</source>
        <translation>Distancia entre áreas núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="73"/>
        <source>Euclidean, edge to edge</source>
        <translation>Euclidiana, de borde a borde</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="73"/>
        <source>Least-cost distance (paths of a corridors run)</source>
        <translation>Distancia de menor costo (rutas de una ejecución de corredores)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="76"/>
        <source>Least-cost paths of a corridors run (core_a, core_b, lcd)</source>
        <translation>Rutas de menor costo de una ejecución de corredores (core_a, core_b, lcd)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="79"/>
        <source>Dispersal distance (m, or cost units with least-cost distances)</source>
        <translation>Distancia de dispersión (m, o unidades de costo con distancias de menor costo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="82"/>
        <source>Probability of dispersal at that distance</source>
        <translation>Probabilidad de dispersión a esa distancia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="85"/>
        <source>Distance threshold for links and IIC (same unit as the dispersal distance)</source>
        <translation>Umbral de distancia para los enlaces y el IIC (misma unidad que la distancia de dispersión)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="88"/>
        <source>Region for ProtConn (country or landscape polygon)</source>
        <translation>Región para ProtConn (polígono del país o del paisaje)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="155"/>
        <source>Cores with dPC</source>
        <translation>Áreas núcleo con dPC</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="157"/>
        <source>Network links</source>
        <translation>Enlaces de la red</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="159"/>
        <source>Network summary</source>
        <translation>Resumen de la red</translation>
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
        <translation>Áreas núcleo completamente fuera de la región (trampolines ecológicos sin área para ProtConn): {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="142"/>
        <source>No pair of cores is within the distance threshold: the network has no links, and every core is its own component.</source>
        <translation>Ningún par de áreas núcleo está dentro del umbral de distancia: la red no tiene enlaces y cada área núcleo es su propio componente.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="149"/>
        <source>Core network: PC {0:.6g}, EC {1:.6g}, IIC {2:.6g}, {3} components, {4} links.</source>
        <translation>Red de núcleos: PC {0:.6g}, EC {1:.6g}, IIC {2:.6g}, {3} componentes, {4} enlaces.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="153"/>
        <source>ProtConn {0:.3f} % (Prot {1:.3f} %).</source>
        <translation>ProtConn {0:.3f} % (Prot {1:.3f} %).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/circuit.py" line="24"/>
        <source>no pinch-point (current) raster</source>
        <translation>no hay ráster de puntos de estrangulamiento (corriente)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/circuit.py" line="35"/>
        <source>raster &apos;{0}&apos; has no current inside the corridor</source>
        <translation>el ráster '{0}' no tiene corriente dentro del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/circuit.py" line="43"/>
        <source>Highest current {0} A ({1} % of the 1 A between the cores) at {2:.0f}, {3:.0f}; corridor median {4} A</source>
        <translation>Corriente más alta {0} A ({1} % del 1 A entre las áreas núcleo) en {2:.0f}, {3:.0f}; mediana del corredor {4} A</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="176"/>
        <source>Pinch points (current)</source>
        <translation>Puntos de estrangulamiento (corriente)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/pinch.py" line="111"/>
        <source>Current in candidate corridors</source>
        <translation>Corriente en los corredores candidatos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/pinch.py" line="114"/>
        <source>1 A between the two cores of each candidate corridor, inside the corridor (circuit theory).</source>
        <translation>1 A entre las dos áreas núcleo de cada corredor candidato, dentro del corredor (teoría de circuitos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="179"/>
        <source>Pinch points (circuit theory)</source>
        <translation>Puntos de estrangulamiento (teoría de circuitos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="41"/>
        <source>Pinch point current (circuit theory)</source>
        <translation>Corriente en puntos de estrangulamiento (teoría de circuitos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="80"/>
        <source>Highest current in the corridor per 1 A between its cores, from a ccsg:pinchpoints raster, after Linkage Mapper&apos;s Pinchpoint Mapper (McRae 2012) [R]; 0.5 is [I] design default of this plugin</source>
        <translation>Corriente más alta del corredor por 1 A entre sus áreas núcleo, de un ráster de ccsg:pinchpoints, según el Pinchpoint Mapper de Linkage Mapper (McRae 2012) [R]; 0,5 es [I] valor por defecto de diseño de este complemento</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="178"/>
        <source>Pinch points: current raster from ccsg:pinchpoints (1 A between each pair of cores)</source>
        <translation>Puntos de estrangulamiento: ráster de corriente de ccsg:pinchpoints (1 A entre cada par de áreas núcleo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/climate_pairs.py" line="26"/>
        <source>Core {0} has no cell with a climate value; check that the climate raster covers it.</source>
        <translation>El área núcleo {0} no tiene ninguna celda con valor climático; verifique que el ráster climático la cubra.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/climate_pairs.py" line="35"/>
        <source>The climate threshold must be 0 (no climate rule) or positive, not {0}.</source>
        <translation>El umbral climático debe ser 0 (sin regla climática) o positivo, no {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/climate_pairs.py" line="48"/>
        <source>No pair of cores differs in climate (mean - 2 SD) by more than {0:g}; the largest difference is {1:g}. Lower the climate threshold.</source>
        <translation>Ningún par de áreas núcleo difiere en clima (media - 2 DE) en más de {0:g}; la mayor diferencia es {1:g}. Reduzca el umbral climático.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/edge_costs.py" line="58"/>
        <source>The climate cost must be 0 or positive (cost units per climate unit), not {0}.</source>
        <translation>El costo climático debe ser 0 o positivo (unidades de costo por unidad climática), no {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="447"/>
        <source>A climate cost or climate threshold needs a climate raster.</source>
        <translation>Un costo climático o un umbral climático requiere un ráster climático.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="459"/>
        <source>The climate grid does not match the resistance grid&apos;s shape.</source>
        <translation>La malla climática no coincide con la forma de la malla de resistencia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/edge_costs.py" line="62"/>
        <source>A climate cost needs a climate grid.</source>
        <translation>Un costo climático requiere una malla climática.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/edge_costs.py" line="66"/>
        <source>The climate grid has shape {0} but the resistance grid has shape {1}.</source>
        <translation>La malla climática tiene la forma {0}, pero la malla de resistencia tiene la forma {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/pairs.py" line="22"/>
        <source>The minimum Euclidean distance must be 0 (none) or positive, not {0}.</source>
        <translation>La distancia euclidiana mínima debe ser 0 (ninguna) o positiva, no {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/pairs.py" line="24"/>
        <source>The minimum Euclidean distance ({0:g}) is larger than the maximum ({1:g}); no pair can be linked.</source>
        <translation>La distancia euclidiana mínima ({0:g}) es mayor que la máxima ({1:g}); no se puede conectar ningún par.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="46"/>
        <source>The barriers {0} have a passability outside 0..1 (first: {1}); passability is the share of fish that get past (0 = closed, 1 = fully open): correct those values.</source>
        <translation>Las barreras {0} tienen una franqueabilidad fuera de 0..1 (la primera: {1}); la franqueabilidad es la proporción de peces que pasan (0 = cerrada, 1 = totalmente abierta): corrija esos valores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="70"/>
        <source>The river layer has no lines; choose a layer of river lines.</source>
        <translation>La capa de ríos no tiene líneas; elija una capa de líneas de río.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="72"/>
        <source>The snap tolerance must be 0 or more map units, not {0}.</source>
        <translation>La tolerancia de ajuste debe ser 0 o más unidades del mapa, no {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="78"/>
        <source>The river lines {0} have no habitat weight or a negative one; give every line a weight of 0 or more, or run without a weight field.</source>
        <translation>Las líneas de río {0} no tienen peso de hábitat o lo tienen negativo; dé a cada línea un peso de 0 o más, o ejecute sin campo de peso.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="92"/>
        <source>The outlet point is {0} map units from the nearest river line, more than the snap tolerance ({1}); move it onto the river mouth or raise the tolerance.</source>
        <translation>El punto de desembocadura está a {0} unidades del mapa de la línea de río más cercana, más que la tolerancia de ajuste ({1}); muévalo a la desembocadura o aumente la tolerancia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="98"/>
        <source>Two outlet points lie on the same river network; keep one outlet per network.</source>
        <translation>Dos puntos de desembocadura están en la misma red fluvial; deje una desembocadura por red.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="108"/>
        <source>No outlet found for the river network of lines {0}: {1} end points have no outgoing line (exactly one is needed when the lines are digitised downstream). Give an OUTLET point at the river mouth, or flip the lines that point upstream.</source>
        <translation>No se encontró la desembocadura de la red fluvial de las líneas {0}: {1} extremos no tienen línea de salida (se necesita exactamente uno cuando las líneas están digitalizadas aguas abajo). Indique un punto OUTLET en la desembocadura, o invierta las líneas que apuntan aguas arriba.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="114"/>
        <source>The rivers form {0} separate networks (their end points are farther apart than the snap tolerance); the DCI is computed for each network on its own, as in Cote et al. (2009): see the summary table, one row per network. Lengths: {1}.</source>
        <translation>Los ríos forman {0} redes separadas (sus extremos están más lejos que la tolerancia de ajuste); el DCI se calcula para cada red por separado, como en Cote et al. (2009): vea la tabla de resumen, una fila por red. Longitudes: {1}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="151"/>
        <source>{0} barrier(s) lie farther from the rivers than the snap tolerance ({1}) and are not used: {2}. They are kept in the barrier output with used = 0.</source>
        <translation>
            <numerusform>{0} barrera está más lejos de los ríos que la tolerancia de ajuste ({1}) y no se usa: {2}. Se conserva en la salida de barreras con used = 0.</numerusform>
            <numerusform>{0} barreras están más lejos de los ríos que la tolerancia de ajuste ({1}) y no se usan: {2}. Se conservan en la salida de barreras con used = 0.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/climate_input.py" line="47"/>
        <source>The climate raster &apos;{0}&apos; could not be resampled to the resistance grid ({1}); warp it to the resistance raster&apos;s grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>El ráster climático '{0}' no se pudo remuestrear a la malla de resistencia ({1}); reproyéctelo primero a la malla del ráster de resistencia (Ráster &gt; Proyecciones &gt; Combar (reproyectar)).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/climate_input.py" line="66"/>
        <source>The climate raster &apos;{0}&apos; is not on the resistance raster&apos;s grid (cells of {1:g} x {2:g} in {3}, the resistance has {4:g} x {5:g} in {6}); it was resampled to the resistance grid (bilinear). Warp it to the resistance grid yourself to control the resampling.</source>
        <translation>El ráster climático '{0}' no está en la malla del ráster de resistencia (celdas de {1:g} x {2:g} en {3}; la resistencia tiene {4:g} x {5:g} en {6}); se remuestreó a la malla de resistencia (bilineal). Reproyéctelo usted mismo a la malla de resistencia para controlar el remuestreo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/climate_input.py" line="73"/>
        <source>The climate raster &apos;{0}&apos; has no value over the resistance raster&apos;s valid cells; check that both cover the same area.</source>
        <translation>El ráster climático '{0}' no tiene valores sobre las celdas válidas del ráster de resistencia; verifique que ambos cubran la misma área.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/climate_input.py" line="77"/>
        <source>{0} cells of the resistance raster have no value in the climate raster &apos;{1}&apos; (NoData or outside it); they are treated as impassable. Fill them (e.g. Fill NoData) if animals can cross them.</source>
        <translation>{0} celdas del ráster de resistencia no tienen valor en el ráster climático '{1}' (NoData o fuera de él); se tratan como infranqueables. Rellénelas (p. ej. Rellenar sin datos) si los animales pueden atravesarlas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="28"/>
        <source>The rivers layer &apos;{0}&apos; holds {1} features; choose a layer of river lines.</source>
        <translation>La capa de ríos '{0}' contiene entidades de tipo {1}; elija una capa de líneas de río.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="31"/>
        <source>The rivers layer &apos;{0}&apos; has no field &apos;{1}&apos;; choose its habitat weight field.</source>
        <translation>La capa de ríos '{0}' no tiene el campo '{1}'; elija su campo de peso de hábitat.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="43"/>
        <source>The rivers layer &apos;{0}&apos; has no lines with a geometry.</source>
        <translation>La capa de ríos '{0}' no tiene líneas con geometría.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="50"/>
        <source>The layer &apos;{0}&apos; holds {1} features; it must hold points.</source>
        <translation>La capa '{0}' contiene entidades de tipo {1}; debe contener puntos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="53"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos;; choose its passability field.</source>
        <translation>La capa '{0}' no tiene el campo '{1}'; elija su campo de franqueabilidad.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="77"/>
        <source>DCI: chance that fish can move between two points of the river (100 = no barrier); c_outlet: passability from the section to the outlet</source>
        <translation>DCI: probabilidad de que los peces se muevan entre dos puntos del río (100 = sin barreras); c_outlet: franqueabilidad del tramo a la desembocadura</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="90"/>
        <source>dDCI: DCI points gained if this barrier alone is made fully passable</source>
        <translation>dDCI: puntos de DCI ganados si solo esta barrera se hace totalmente franqueable</translation>
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
        <translation>Cartografía corredores de menor costo entre áreas núcleo, como lo hace Linkage Pathways de Linkage Mapper.
Para cada par de núcleos, la herramienta calcula el costo de la ruta más barata (la distancia de menor costo, LCD) y, para cada celda, cuánto más cuesta ir de un núcleo al otro pasando por esa celda. Ese costo adicional es 0 sobre la ruta de menor costo y crece al alejarse de ella. El ráster de corredores conserva, para cada celda, el menor valor entre todos los pares unidos, hasta el umbral de ancho.
Núcleos: polígonos con un campo de id (una entidad por núcleo). Una celda pertenece a un núcleo cuando su centro está dentro; un núcleo demasiado pequeño para contener un centro de celda toma las celdas que toca.
Resistencia: un ráster en un SRC proyectado (metros); las celdas NoData no se pueden atravesar; los valores deben ser positivos. Pasar de una celda a otra cuesta la resistencia media de las dos celdas por la distancia en metros.
Distancia euclidiana máxima: solo se unen los pares de núcleos más cercanos que esta distancia (de borde a borde, en metros); 0 une todos los pares.
Umbral de ancho: conservar las celdas hasta esta cantidad de unidades de costo por encima de la ruta de menor costo (el valor predeterminado de Linkage Mapper es 200 000); 0 lo conserva todo. Porcentaje del umbral de ancho (avanzado): si es mayor que 0, cada par conserva en su lugar su propia LCD por este porcentaje.
Descartar enlaces a través de otros núcleos: una ruta que cruza un tercer núcleo se deja fuera (esa conexión pasa por el tercer núcleo), como hace Linkage Mapper por defecto.
Resultados: el ráster de corredores (0 = sobre una ruta de menor costo), las rutas de menor costo como líneas (core_a, core_b, lcd, path_length_m, euclid_dist_m, lcd_per_euclid, lcd_per_path = resistencia media a lo largo de la ruta, via_core) y un polígono de corredor por par (core_a, core_b, area_ha; sin las celdas de los núcleos). Una carpeta opcional conserva el ráster de costo-distancia de cada núcleo para que 'Recortar de nuevo los corredores' pruebe otros umbrales en segundos.
Gradiente climático (avanzado, opcional; Climate Linkage Mapper): con un ráster climático (p. ej. temperatura media anual), el clima de cada área núcleo es la media - 2 DE del ráster sobre sus celdas; los pares se conectan solo cuando sus climas difieren en más que el umbral climático (0 = sin regla climática), y cada paso cuesta además el costo climático x la diferencia climática entre las dos celdas (igual cuesta arriba y cuesta abajo), de modo que las conexiones siguen gradientes climáticos suaves. Un ráster climático en otra malla se remuestrea a la malla de resistencia; las celdas sin valor climático no se pueden atravesar. Distancia euclidiana mínima: los pares más cercanos que esto (de borde a borde, en metros) no se conectan. Las rutas llevan entonces también climate_a, climate_b (media - 2 DE de cada área núcleo), climate_diff y climate_cost_share (la parte de la distancia de menor costo debida al término climático, de 0 a 1).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="308"/>
        <source>River connectivity (DCI)</source>
        <translation>Conectividad fluvial (DCI)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="309"/>
        <source>Freshwater connectivity</source>
        <translation>Conectividad de agua dulce</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="310"/>
        <source>Dendritic Connectivity Index (Cote et al. 2009) of a river network fragmented by barriers (dams, weirs, culverts), and the gain from opening each barrier.
Rivers: lines in a projected CRS; lines whose end points lie within the snap tolerance (map units) are joined. Barriers: points with a passability from 0 (closed) to 1 (open); a missing value counts as 0. Barriers farther from the rivers than the snap tolerance are kept in the output with used = 0.
Outlet: a point at the river mouth; without it, the lines must be digitised downstream and the one end with no outgoing line is the outlet. Habitat weight field: section length x weight replaces length.
A section is a stretch between barriers; c_ij is the best product of passabilities between sections i and j. DCI_p = 100 sum c_ij l_i l_j / L^2 (potamodromous fish), DCI_d = 100 sum c_i,outlet l_i / L (diadromous fish). dDCI_p and dDCI_d: the points gained when that barrier alone becomes fully passable, ranked 1 = largest gain. Separate river systems are reported one row each in the summary.</source>
        <translation>Índice de conectividad dendrítica (Cote et al. 2009) de una red fluvial fragmentada por barreras (presas, azudes, alcantarillas), y la ganancia de abrir cada barrera.
Ríos: líneas en un SRC proyectado; se unen las líneas cuyos extremos están dentro de la tolerancia de ajuste (unidades del mapa). Barreras: puntos con una franqueabilidad de 0 (cerrada) a 1 (abierta); un valor vacío cuenta como 0. Las barreras más lejos de los ríos que la tolerancia se conservan en la salida con used = 0.
Desembocadura: un punto en la boca del río; sin él, las líneas deben estar digitalizadas aguas abajo y el único extremo sin línea de salida es la desembocadura. Campo de peso de hábitat: longitud del tramo x peso sustituye a la longitud.
Un tramo es un trecho entre barreras; c_ij es el mejor producto de franqueabilidades entre los tramos i y j. DCI_p = 100 suma c_ij l_i l_j / L^2 (peces potamódromos), DCI_d = 100 suma c_i,desembocadura l_i / L (peces diádromos). dDCI_p y dDCI_d: los puntos ganados cuando solo esa barrera se hace totalmente franqueable, con rango 1 = mayor ganancia. Cada sistema fluvial separado tiene su propia fila en el resumen.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="90"/>
        <source>Minimum Euclidean distance between cores, m (0 = none)</source>
        <translation>Distancia euclidiana mínima entre áreas núcleo, m (0 = ninguna)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="93"/>
        <source>Climate raster (e.g. mean annual temperature)</source>
        <translation>Ráster climático (p. ej. temperatura media anual)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="95"/>
        <source>Climate threshold: link cores whose climates differ by more than (0 = no climate rule)</source>
        <translation>Umbral climático: conectar áreas núcleo cuyos climas difieran en más de (0 = sin regla climática)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="98"/>
        <source>Climate cost, cost units per climate unit crossed</source>
        <translation>Costo climático, unidades de costo por unidad climática atravesada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="74"/>
        <source>Climate gradient: climate raster {0}, climate threshold {1:g}, climate cost {2:g} per climate unit, minimum Euclidean distance {3:g} m.</source>
        <translation>Gradiente climático: ráster climático {0}, umbral climático {1:g}, costo climático {2:g} por unidad climática, distancia euclidiana mínima {3:g} m.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="273"/>
        <source>The climate cost is {0:g}; it must be 0 or positive (cost units added per climate unit crossed).</source>
        <translation>El costo climático es {0:g}; debe ser 0 o positivo (unidades de costo añadidas por unidad climática atravesada).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="276"/>
        <source>The climate threshold is {0:g}; it must be 0 (no climate rule) or positive.</source>
        <translation>El umbral climático es {0:g}; debe ser 0 (sin regla climática) o positivo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="279"/>
        <source>A climate cost or climate threshold needs a climate raster; choose one or set them to 0.</source>
        <translation>Un costo climático o un umbral climático requiere un ráster climático; elija uno o póngalos en 0.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="332"/>
        <source>, climate difference {0:.4g}, climate term {1:.1%} of the LCD</source>
        <translation>, diferencia climática {0:.4g}, término climático {1:.1%} de la distancia de menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="49"/>
        <source>River lines</source>
        <translation>Líneas de río</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="51"/>
        <source>Snap tolerance (map units)</source>
        <translation>Tolerancia de ajuste (unidades del mapa)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="53"/>
        <source>Barriers (points)</source>
        <translation>Barreras (puntos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="55"/>
        <source>Passability field (0..1)</source>
        <translation>Campo de franqueabilidad (0..1)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="57"/>
        <source>Outlet (river mouth point)</source>
        <translation>Desembocadura (punto)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="59"/>
        <source>Habitat weight field</source>
        <translation>Campo de peso de hábitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="169"/>
        <source>River sections</source>
        <translation>Tramos de río</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="171"/>
        <source>Barrier priorities</source>
        <translation>Prioridades de barreras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="173"/>
        <source>DCI summary</source>
        <translation>Resumen del DCI</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="87"/>
        <source>Choose a river lines layer and a barriers layer.</source>
        <translation>Elija una capa de líneas de río y una capa de barreras.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="105"/>
        <source>The outlet layer &apos;{0}&apos; has no point; add the river mouth or leave the outlet empty.</source>
        <translation>La capa de desembocadura '{0}' no tiene ningún punto; añada la desembocadura o deje la desembocadura vacía.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="165"/>
        <source>River connectivity (DCI, Cote et al. 2009) of &apos;{0}&apos; with the barriers of &apos;{1}&apos;: DCI_p {2}, DCI_d {3}.</source>
        <translation>Conectividad fluvial (DCI, Cote et al. 2009) de '{0}' con las barreras de '{1}': DCI_p {2}, DCI_d {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="176"/>
        <source>Use a coarser cell size (Raster &gt; Projections &gt; Warp with a larger resolution), clip the rasters to a window around the cores you study, or analyse fewer pairs (set a maximum distance between cores); closing other programs frees memory too.</source>
        <translation>Use celdas más grandes (Ráster &gt; Proyecciones &gt; Combar con una resolución mayor), recorte los ráster a una ventana alrededor de las áreas núcleo que estudia o analice menos pares (fije una distancia máxima entre áreas núcleo); cerrar otros programas también libera memoria.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="120"/>
        <source>The cost-distances of core {0} exceed what a 32-bit float holds ({1:.3g}); they are kept as 64-bit floats (twice the disk space).</source>
        <translation>Los costos-distancia del área núcleo {0} superan lo que cabe en un flotante de 32 bits ({1:.3g}); se guardan como flotantes de 64 bits (el doble de espacio en disco).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="41"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="47"/>
        <source>no climate raster</source>
        <translation>no hay ráster de clima</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="50"/>
        <source>raster &apos;{0}&apos; has no climate value inside the corridor</source>
        <translation>el ráster '{0}' no tiene valores de clima dentro del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="53"/>
        <source>climate {0} to {1} inside the corridor (range {2})</source>
        <translation>clima de {0} a {1} dentro del corredor (rango {2})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="59"/>
        <source>the climate difference between the cores needs two linked cores</source>
        <translation>la diferencia de clima entre las áreas núcleo necesita dos áreas núcleo enlazadas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="65"/>
        <source>raster &apos;{0}&apos; has no climate value for core {1}</source>
        <translation>el ráster '{0}' no tiene valores de clima para el área núcleo {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="69"/>
        <source>Cores {0} and {1}: climate (mean - 2 SD) {2} and {3}, difference {4}; {5}</source>
        <translation>Áreas núcleo {0} y {1}: clima (media - 2 DE) {2} y {3}, diferencia {4}; {5}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/crossing_result.py" line="82"/>
        <source>no crossing of the crossings result lies in this corridor</source>
        <translation>ningún cruce del resultado de cruces está en este corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/crossing_result.py" line="94"/>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/crossing_result.py" line="87"/>
        <source>worst crossing (rank {0}, pair {1}) at {2}, {3}: the infrastructure cuts the pair off there</source>
        <translation>peor cruce (rank {0}, par {1}) en {2}, {3}: allí la infraestructura aísla el par</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/crossing_result.py" line="90"/>
        <source>worst crossing (rank {0}, pair {1}) at {2}, {3}: a crossing structure there wins back {4} of the {5} cost units the infrastructure adds</source>
        <translation>peor cruce (rank {0}, par {1}) en {2}, {3}: un paso de fauna allí recupera {4} de las {5} unidades de costo que añade la infraestructura</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="75"/>
        <source>Nearest other protected component ({0}) is {1} km away by sea, along the least-cost path from component {2}</source>
        <translation>El otro componente protegido más cercano ({0}) está a {1} km por mar, por la ruta de menor costo desde el componente {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="83"/>
        <source>{0} in a straight line: no sea path of the paths layer joins this corridor&apos;s components to another one</source>
        <translation>{0} en línea recta: ninguna ruta por mar de la capa de rutas une los componentes de este corredor con otro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="86"/>
        <source>{0} in a straight line</source>
        <translation>{0} en línea recta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="34"/>
        <source>climate raster &apos;{0}&apos; reprojected from {1} to the corridors&apos; CRS {2}, nearest neighbour</source>
        <translation>ráster de clima '{0}' reproyectado de {1} al SRC de los corredores {2}, vecino más cercano</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="52"/>
        <source>The crossings result &apos;{0}&apos; must hold points (from &apos;Infrastructure crossing priorities&apos;); it holds {1}.</source>
        <translation>El resultado de cruces '{0}' debe contener puntos (de 'Prioridades de cruce de infraestructuras'); contiene {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="56"/>
        <source>The crossings result &apos;{0}&apos; has no field {1}: choose the points layer written by &apos;Infrastructure crossing priorities&apos; (ccsg:crossings), which has the fields pair, severance_cost, keep_open_gain and rank.</source>
        <translation>El resultado de cruces '{0}' no tiene el campo {1}: elija la capa de puntos escrita por 'Prioridades de cruce de infraestructuras' (ccsg:crossings), que tiene los campos pair, severance_cost, keep_open_gain y rank.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="84"/>
        <source>The sea paths layer &apos;{0}&apos; has no field {1}: choose the least-cost paths written by &apos;Least-cost corridors between cores&apos; (ccsg:leastcostcorridors) on a sea-only resistance, which have the fields core_a, core_b and path_length_m.</source>
        <translation>La capa de rutas por mar '{0}' no tiene el campo {1}: elija las rutas de menor costo escritas por 'Corredores de menor costo entre núcleos' (ccsg:leastcostcorridors) sobre una resistencia solo por mar, que tienen los campos core_a, core_b y path_length_m.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="96"/>
        <source>Feature {0} of the sea paths layer &apos;{1}&apos; has path_length_m &apos;{2}&apos;, not a number.</source>
        <translation>La entidad {0} de la capa de rutas por mar '{1}' tiene path_length_m '{2}', que no es un número.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="99"/>
        <source>Feature {0} of the sea paths layer &apos;{1}&apos; has a negative path_length_m ({2}).</source>
        <translation>La entidad {0} de la capa de rutas por mar '{1}' tiene un path_length_m negativo ({2}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Climate</source>
        <translation>Clima</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Infrastructure crossings (result)</source>
        <translation>Cruces de infraestructuras (resultado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Sea paths (least-cost)</source>
        <translation>Rutas por mar (menor costo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="51"/>
        <source>Spans a climate gradient (climate raster)</source>
        <translation>Abarca un gradiente climático (ráster de clima)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="90"/>
        <source>Each core&apos;s climate is the mean - 2 SD of the climate raster over it, as Climate Linkage Mapper (Linkage Mapper cc_main.py) selects pairs [R]; the guidelines stress climate adaptation (IUCN news) [R]; report only [I]</source>
        <translation>El clima de cada área núcleo es la media - 2 DE del ráster de clima sobre ella, como Climate Linkage Mapper (Linkage Mapper cc_main.py) selecciona los pares [R]; las directrices destacan la adaptación al clima (IUCN news) [R]; solo se informa [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="252"/>
        <source>climate adaptation modifier: the linked cores' climates (each the mean - 2 SD of the climate raster over the core, as Climate Linkage Mapper selects pairs [R]) must differ by at least 1 climate unit (e.g. 1 °C of mean annual temperature), [I] design default of this plugin: set it in your raster's unit</source>
        <translation>modificador de adaptación al clima: los climas de las áreas núcleo enlazadas (cada uno la media - 2 DE del ráster de clima sobre el área núcleo, como Climate Linkage Mapper selecciona los pares [R]) deben diferir en al menos 1 unidad de clima (p. ej. 1 °C de temperatura media anual), [I] valor por defecto de este complemento: fíjelo en la unidad de su ráster</translation>
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
        <translation>Verifica cada polígono de corredor con un perfil de criterios: los criterios de definición de la UICN (un espacio claramente delimitado que une núcleos, con un objetivo declarado, gobernanza, gestión, compromiso a largo plazo y seguimiento) y criterios de diseño cuyos umbrales provienen de la literatura o son valores predeterminados de diseño (ancho, cuellos de botella, discontinuidades de hábitat, carreteras, pasos de fauna...). La capa de salida tiene un campo de estado y uno de valor por criterio, overall_status y failed_required, y check_details (JSON con la explicación, el umbral, la fuente y el lugar del problema de cada criterio). El informe es un único archivo HTML autónomo: un resumen de todos los corredores y luego una sección con un mapa y tablas para cada uno de los primeros REPORT_MAX_CORRIDORS corredores (100 por defecto; 0 para solo el resumen), de modo que la verificación de miles de corredores da un informe que un navegador abre.
PROFILE es un id de perfil incluido (terrestrial_multispecies, large_carnivore, forest_bird_small_mammal, amphibian, freshwater_riverine, marine_network; añada +climate_adaptation para aplicar el modificador), el id de un perfil guardado en la carpeta de su perfil, o la ruta de un archivo JSON de perfil.
Los parámetros avanzados añaden los criterios de agua dulce y marinos: cauces (zonas ribereñas incluidas), polígonos de llanura de inundación o ribereños (proporción dentro del corredor), barreras fluviales (presas, azudes y alcantarillas contadas dentro del corredor), línea de costa (longitud a lo largo de la costa) y un ráster de luces nocturnas; sin ellos, estos criterios se informan como no evaluados.
Un ráster de corriente de puntos de estrangulamiento (PINCHPOINTS, de ccsg:pinchpoints) añade el criterio current_pinch: la corriente más alta del corredor por 1 A entre sus áreas núcleo, y dónde está.
Un ráster de clima (CLIMATE, p. ej. temperatura media anual) añade el criterio climate_span: la diferencia entre los climas de las áreas núcleo enlazadas (cada uno la media - 2 DE sobre el área núcleo, como lo calculan Climate Linkage Mapper y ccsg:leastcostcorridors) y el rango de clima dentro del corredor; el modificador climate_adaptation exige una diferencia. Un ráster en otro SRC se reproyecta, y el resultado lo indica.
Un resultado de cruces (CROSSING_PRIORITIES, los puntos de ccsg:crossings con pair, severance_cost, keep_open_gain y rank) añade a barrier_severance el lugar y el keep_open_gain del peor cruce del corredor (el de menor rank).
Las rutas por mar (SEA_PATHS, las rutas de menor costo de una ejecución de ccsg:leastcostcorridors solo por mar: core_a, core_b, path_length_m) reemplazan la distancia en línea recta en mar_spacing; el resultado indica qué distancia se usó.
Todas las capas se reproyectan al SRC de la capa de corredores, que debe ser proyectado (metros).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="189"/>
        <source>Climate raster (e.g. mean annual temperature; climate_span)</source>
        <translation>Ráster de clima (p. ej. temperatura media anual; climate_span)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="191"/>
        <source>Infrastructure crossings: points from ccsg:crossings (pair, severance_cost, keep_open_gain, rank)</source>
        <translation>Cruces de infraestructuras: puntos de ccsg:crossings (pair, severance_cost, keep_open_gain, rank)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="195"/>
        <source>Sea paths: least-cost paths of a sea-only ccsg:leastcostcorridors run (core_a, core_b, path_length_m)</source>
        <translation>Rutas por mar: rutas de menor costo de una ejecución de ccsg:leastcostcorridors solo por mar (core_a, core_b, path_length_m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report.py" line="65"/>
        <source>Connectivity analysis run: {0}</source>
        <translation>Ejecución del análisis de conectividad: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="80"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="69"/>
        <source>Restoration priorities</source>
        <translation>Prioridades de restauración</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="116"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="122"/>
        <source>Rivers</source>
        <translation>Ríos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report.py" line="99"/>
        <source>Made with the CCSG Corridor Toolkit on {0} from the run folder {1}.</source>
        <translation>Hecho con CCSG Corridor Toolkit el {0} a partir de la carpeta de ejecución {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="36"/>
        <source>No run parameters are recorded in the outputs&apos; metadata.</source>
        <translation>Los metadatos de los resultados no registran parámetros de la ejecución.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="59"/>
        <source>Outputs found in the run folder: {0}.</source>
        <translation>Resultados encontrados en la carpeta de ejecución: {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="62"/>
        <source>This run re-cut the corridors of the run in {0}; the least-cost paths are that run&apos;s.</source>
        <translation>Esta ejecución recortó los corredores de la ejecución en {0}; las rutas de menor costo son las de esa ejecución.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="97"/>
        <source>Core A</source>
        <translation>Núcleo A</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="97"/>
        <source>Core B</source>
        <translation>Núcleo B</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="66"/>
        <source>Least-cost distance (cost units)</source>
        <translation>Distancia de menor costo (unidades de costo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="66"/>
        <source>Path length (m)</source>
        <translation>Longitud de la ruta (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="66"/>
        <source>Cost per metre of path (lcd_per_path)</source>
        <translation>Costo por metro de ruta (lcd_per_path)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="75"/>
        <source>corridors (normalised cost: darker is closer to the least-cost path)</source>
        <translation>corredores (costo normalizado: más oscuro es más cerca de la ruta de menor costo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="104"/>
        <source>least-cost paths</source>
        <translation>rutas de menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="84"/>
        <source>Circuit theory (Pinchpoint Mapper): current flows between the two cores of each pair through its corridor. Where current concentrates, the corridor has no alternative route: these pinch points are where a loss of habitat would cut the link first. The effective resistance sums the whole corridor; lower means better connected, including through several parallel routes.</source>
        <translation>Teoría de circuitos (Pinchpoint Mapper): la corriente fluye entre las dos áreas núcleo de cada par a través de su corredor. Donde la corriente se concentra, el corredor no tiene otra ruta: estos cuellos de botella son los lugares donde una pérdida de hábitat cortaría primero el enlace. La resistencia efectiva resume todo el corredor; más baja significa mejor conectado, también por varias rutas paralelas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="94"/>
        <source>Links from the highest effective resistance (the weakest connection) down.</source>
        <translation>Enlaces desde la resistencia efectiva más alta (la conexión más débil) hacia abajo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="96"/>
        <source>Effective resistance</source>
        <translation>Resistencia efectiva</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="96"/>
        <source>Least-cost distance per effective resistance</source>
        <translation>Distancia de menor costo por resistencia efectiva</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="104"/>
        <source>current: darker is more current (pinch points)</source>
        <translation>corriente: más oscuro es más corriente (cuellos de botella)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="85"/>
        <source>Choose the folder of a run (RUN_FOLDER): the folder of a run of the Least-cost analysis panel.</source>
        <translation>Elija la carpeta de una ejecución (RUN_FOLDER): la carpeta de una ejecución del panel Análisis de menor costo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="89"/>
        <source>The run folder {0} does not exist. Choose the folder of a run of the Least-cost analysis panel (it holds least_cost_paths.gpkg, corridors.tif ...).</source>
        <translation>La carpeta de ejecución {0} no existe. Elija la carpeta de una ejecución del panel Análisis de menor costo (contiene least_cost_paths.gpkg, corridors.tif ...).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="92"/>
        <source>RUN_FOLDER is a file, {0}. Choose the folder of a run of the Least-cost analysis panel.</source>
        <translation>RUN_FOLDER es un archivo, {0}. Elija la carpeta de una ejecución del panel Análisis de menor costo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="96"/>
        <source>The folder {0} holds none of the outputs of a run ({1}). Choose the folder of a run of the Least-cost analysis panel.</source>
        <translation>La carpeta {0} no contiene ninguno de los resultados de una ejecución ({1}). Elija la carpeta de una ejecución del panel Análisis de menor costo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="122"/>
        <source>The run output {0} cannot be opened. Run the analysis again, or remove the file.</source>
        <translation>No se puede abrir el resultado {0} de la ejecución. Ejecute el análisis de nuevo o elimine el archivo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_html.py" line="95"/>
        <source>From: {0}</source>
        <comment>, </comment>
        <translation>Fuente: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="35"/>
        <source>The probability of connectivity (PC) is {0}: the chance that two animals placed at random in the landscape&apos;s habitat can reach each other through the network (1 would be a single, fully connected habitat).</source>
        <translation>La probabilidad de conectividad (PC) es {0}: la probabilidad de que dos animales colocados al azar en el hábitat del paisaje puedan alcanzarse a través de la red (1 sería un único hábitat totalmente conectado).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="40"/>
        <source>The equivalent connected area (EC) is {0} (in the unit of the attribute, hectares by default): the network is worth as much as one single core area of that size.</source>
        <translation>El área conectada equivalente (EC) es {0} (en la unidad del atributo, hectáreas por defecto): la red vale tanto como una sola área núcleo de ese tamaño.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="45"/>
        <source>The integral index of connectivity (IIC), which counts only links within the distance threshold, is {0}; the cores form {1} separate group(s) (components).</source>
        <translation>
            <numerusform>El índice integral de conectividad (IIC), que solo cuenta los enlaces dentro del umbral de distancia, es {0}; las áreas núcleo forman {1} grupo separado (componente).</numerusform>
            <numerusform>El índice integral de conectividad (IIC), que solo cuenta los enlaces dentro del umbral de distancia, es {0}; las áreas núcleo forman {1} grupos separados (componentes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="49"/>
        <source>ProtConn is {0} %: that share of the region is protected and connected (Saura et al. 2017, the indicator of Target 3 of the Kunming-Montreal Global Biodiversity Framework). {1} % of the region is protected (Prot), so {2} percentage points of it are protected but not connected (ProtUnconn).</source>
        <translation>ProtConn es {0} %: esa parte de la región está protegida y conectada (Saura et al. 2017, el indicador de la Meta 3 del Marco Mundial de Biodiversidad de Kunming-Montreal). El {1} % de la región está protegido (Prot), así que {2} puntos porcentuales están protegidos pero no conectados (ProtUnconn).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="76"/>
        <source>cores: the larger the circle, the higher dPC</source>
        <translation>áreas núcleo: cuanto mayor el círculo, mayor el dPC</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="76"/>
        <source>links: the darker and wider, the higher dPC_link</source>
        <translation>enlaces: cuanto más oscuros y anchos, mayor el dPC_link</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="84"/>
        <source>dPC: the percentage of PC lost without the core; intra (its own area), flux (dispersal from and to it) and connector (a stepping stone for others).</source>
        <translation>dPC: el porcentaje de PC que se pierde sin el área núcleo; intra (su propia área), flux (la dispersión desde y hacia ella) y connector (su papel de trampolín ecológico para las demás).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="87"/>
        <source>Core</source>
        <translation>Área núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="87"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="97"/>
        <source>Current-flow centrality</source>
        <translation>Centralidad de flujo de corriente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="97"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="106"/>
        <source>Dendritic connectivity index (Cote et al. 2009): DCI_p is the chance, in percent, that a fish can move between two random points of the river network; DCI_d that it can move between a random point and the outlet. dDCI_p and dDCI_d are the points each index would gain if that barrier alone were made fully passable.</source>
        <translation>Índice de conectividad dendrítica (Cote et al. 2009): DCI_p es la probabilidad, en porcentaje, de que un pez pueda moverse entre dos puntos al azar de la red fluvial; DCI_d, entre un punto al azar y la desembocadura. dDCI_p y dDCI_d son los puntos que ganaría cada índice si solo esa barrera se hiciera totalmente franqueable.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="114"/>
        <source>Network part</source>
        <translation>Parte de la red</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="114"/>
        <source>Sections</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="114"/>
        <source>Barriers</source>
        <translation>Barreras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="125"/>
        <source>Rank (DCI_p)</source>
        <translation>Rango (DCI_p)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="125"/>
        <source>Barrier (feature id)</source>
        <translation>Barrera (id de entidad)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="125"/>
        <source>Passability</source>
        <translation>Franqueabilidad</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="125"/>
        <source>Rank (DCI_d)</source>
        <translation>Rango (DCI_d)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="132"/>
        <source>{0} barrier(s) lie off the river network (beyond the snap tolerance) and were not used.</source>
        <translation>
            <numerusform>{0} barrera está fuera de la red fluvial (más allá de la tolerancia de ajuste) y no se usó.</numerusform>
            <numerusform>{0} barreras están fuera de la red fluvial (más allá de la tolerancia de ajuste) y no se usaron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="141"/>
        <source>sections open to the outlet (c_outlet near 1)</source>
        <translation>tramos abiertos a la desembocadura (c_outlet cerca de 1)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="141"/>
        <source>sections cut off from the outlet (c_outlet near 0)</source>
        <translation>tramos aislados de la desembocadura (c_outlet cerca de 0)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="141"/>
        <source>barriers, numbered as in the table</source>
        <translation>barreras, numeradas como en la tabla</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="45"/>
        <source>Barrier analysis (Barrier Mapper): restoring a disc of habitat of the given radius at each site would shorten the least-cost distance of the named pair by lcd_gain cost units; the score is that gain per metre of the disc&apos;s diameter. Sites are ranked by score.</source>
        <translation>Análisis de barreras (Barrier Mapper): restaurar un disco de hábitat del radio indicado en cada sitio acortaría la distancia de menor costo del par indicado en lcd_gain unidades de costo; la puntuación es esa ganancia por metro del diámetro del disco. Los sitios se ordenan por puntuación.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="49"/>
        <source>The top {0} of {1} sites.</source>
        <translation>Los {0} primeros de {1} sitios.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="50"/>
        <source>Score (cost units per metre restored)</source>
        <translation>Puntuación (unidades de costo por metro restaurado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="50"/>
        <source>Radius (m)</source>
        <translation>Radio (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="50"/>
        <source>Gain in least-cost distance (lcd_gain)</source>
        <translation>Ganancia en distancia de menor costo (lcd_gain)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="58"/>
        <source>Site {0}: pair {1}, radius {2} m, gain {3}.</source>
        <translation>Sitio {0}: par {1}, radio {2} m, ganancia {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="58"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="67"/>
        <source>cut off</source>
        <translation>aislado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="73"/>
        <source>reconnects</source>
        <translation>reconecta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="80"/>
        <source>Infrastructure crossings: severance_cost is how much the road or railway raises the pair&apos;s least-cost distance where it crosses the corridor; keep_open_gain is how much of that a crossing structure (underpass, overpass) at this stretch would win back. Crossings are ranked by keep_open_gain, after the stretches whose crossing alone would reconnect a pair the infrastructure cuts off.</source>
        <translation>Cruces de infraestructura: severance_cost es cuánto aumenta la carretera o el ferrocarril la distancia de menor costo del par donde cruza el corredor; keep_open_gain es cuánto de ello recuperaría un paso de fauna (paso inferior o superior) en ese tramo. Los cruces se ordenan por keep_open_gain, después de los tramos cuyo paso por sí solo reconectaría un par que la infraestructura aísla.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="85"/>
        <source>The top {0} of {1} crossings.</source>
        <translation>Los {0} primeros de {1} cruces.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Severance cost (cost units)</source>
        <translation>Costo de fragmentación (unidades de costo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Gain of a crossing here (keep_open_gain)</source>
        <translation>Ganancia de un paso aquí (keep_open_gain)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Current</source>
        <translation>Corriente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Corridor value</source>
        <translation>Valor del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="93"/>
        <source>Crossing {0}: pair {1}, gain {2}.</source>
        <translation>Cruce {0}: par {1}, ganancia {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="93"/>
        <source>Crossing</source>
        <translation>Cruce</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="272"/>
        <source>Done, but: {0}</source>
        <translation>Hecho, pero: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="237"/>
        <source>Writing the run report</source>
        <translation>Escribiendo el informe de la ejecución</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="104"/>
        <source>Open report</source>
        <translation>Abrir informe</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="106"/>
        <source>Open the last run&apos;s report (report.html in its run folder) in the web browser: maps and tables of every result, ready to print</source>
        <translation>Abrir el informe de la última ejecución (report.html en su carpeta) en el navegador web: mapas y tablas de cada resultado, listos para imprimir</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="280"/>
        <source>The report {0} is gone (moved or deleted). Run the analysis again to write it.</source>
        <translation>El informe {0} ya no está (movido o eliminado). Ejecute el análisis de nuevo para escribirlo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="285"/>
        <source>No web browser could open {0}. Open the file from your file manager.</source>
        <translation>Ningún navegador web pudo abrir {0}. Abra el archivo desde su administrador de archivos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="201"/>
        <source>{0} failed: {1}</source>
        <translation>{0} falló: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="311"/>
        <source>Report of an analysis run (HTML)</source>
        <translation>Informe de una ejecución del análisis (HTML)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="312"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="313"/>
        <source>Writes one offline report of an analysis run: a single HTML file with its maps inside, which opens in any browser without a network and prints cleanly.
Run folder: the folder of a run of the Least-cost analysis panel. The report reads the outputs it finds there by their file names and shows a section for each kind found: Overview (the run&apos;s inputs and parameters from the outputs&apos; metadata, the linked pairs of least_cost_paths.gpkg and a map of the corridors and paths); Pinch points (pinch_point_links.gpkg, pinch_points.tif); Restoration priorities (restoration_sites.gpkg with a small map around each top site, over restoration_area.tif); Infrastructure crossings (crossings.gpkg); Network (network_cores.gpkg, network_links.gpkg, network_summary.gpkg: PC, EC, IIC, ProtConn explained in words, cores and links ranked by dPC); Rivers (river_sections.gpkg, river_barriers.gpkg, river_summary.gpkg: DCI_p, DCI_d, barriers ranked by dDCI_p).
Top: how many sites, crossings, cores, links and barriers the tables and small maps list.
Report: the HTML file to write; empty = report.html in the run folder. An existing file is never replaced.</source>
        <translation>Escribe un informe sin conexión de una ejecución del análisis: un único archivo HTML con sus mapas dentro, que se abre en cualquier navegador sin red y se imprime bien.
Carpeta de ejecución: la carpeta de una ejecución del panel Análisis de menor costo. El informe lee los resultados que encuentra allí por sus nombres de archivo y muestra una sección por cada tipo encontrado: Resumen (las entradas y los parámetros de la ejecución tomados de los metadatos de los resultados, los pares enlazados de least_cost_paths.gpkg y un mapa de los corredores y las rutas); Cuellos de botella (pinch_point_links.gpkg, pinch_points.tif); Prioridades de restauración (restoration_sites.gpkg con un mapa pequeño alrededor de cada sitio principal, sobre restoration_area.tif); Cruces de infraestructura (crossings.gpkg); Red (network_cores.gpkg, network_links.gpkg, network_summary.gpkg: PC, EC, IIC y ProtConn explicados con palabras, áreas núcleo y enlaces ordenados por dPC); Ríos (river_sections.gpkg, river_barriers.gpkg, river_summary.gpkg: DCI_p, DCI_d, barreras ordenadas por dDCI_p).
Principales: cuántos sitios, cruces, áreas núcleo, enlaces y barreras listan las tablas y los mapas pequeños.
Informe: el archivo HTML que se escribe; vacío = report.html en la carpeta de ejecución. Nunca se sustituye un archivo existente.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="48"/>
        <source>Run folder (of the Least-cost analysis panel)</source>
        <translation>Carpeta de ejecución (del panel Análisis de menor costo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="49"/>
        <source>Title (empty = the run folder&apos;s name)</source>
        <translation>Título (vacío = el nombre de la carpeta de ejecución)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="51"/>
        <source>Top sites, crossings, cores, links and barriers listed</source>
        <translation>Sitios, cruces, áreas núcleo, enlaces y barreras principales que se listan</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="55"/>
        <source>Report (HTML; empty = report.html in the run folder)</source>
        <translation>Informe (HTML; vacío = report.html en la carpeta de ejecución)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="57"/>
        <source>Sections of the report</source>
        <translation>Secciones del informe</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="76"/>
        <source>Run report written: {0} (sections: {1}).</source>
        <translation>Informe de la ejecución escrito: {0} (secciones: {1}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="55"/>
        <source>Euclidean</source>
        <translation>Euclidiana</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="56"/>
        <source>Least-cost (this run&apos;s paths)</source>
        <translation>De menor costo (rutas de esta ejecución)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="104"/>
        <source>Climate gradient: pick the climate raster, or untick the group.</source>
        <translation>Gradiente climático: elija el ráster climático o desmarque el grupo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="115"/>
        <source>Restoration priorities: the minimum radius ({0:g} m) is larger than the maximum ({1:g} m); lower the minimum or raise the maximum.</source>
        <translation>Prioridades de restauración: el radio mínimo ({0:g} m) es mayor que el máximo ({1:g} m); reduzca el mínimo o aumente el máximo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="121"/>
        <source>Restoration priorities: the minimum radius ({0:g} m) is smaller than the cell size of &apos;{1}&apos; ({2:g} m); use at least one cell.</source>
        <translation>Prioridades de restauración: el radio mínimo ({0:g} m) es menor que el tamaño de celda de '{1}' ({2:g} m); use al menos una celda.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="129"/>
        <source>Infrastructure crossings: pick the layer of roads, railways or fences (lines), or untick the step.</source>
        <translation>Cruces de infraestructura: elija la capa de carreteras, vías férreas o cercas (líneas) o desmarque el paso.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="132"/>
        <source>Infrastructure crossings: the layer &apos;{0}&apos; does not hold lines; pick roads, railways or fences drawn as lines.</source>
        <translation>Cruces de infraestructura: la capa '{0}' no contiene líneas; elija carreteras, vías férreas o cercas dibujadas como líneas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="135"/>
        <source>Infrastructure crossings: the layer &apos;{0}&apos; has no lines; pick a layer with roads, railways or fences.</source>
        <translation>Cruces de infraestructura: la capa '{0}' no tiene líneas; elija una capa con carreteras, vías férreas o cercas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="140"/>
        <source>Infrastructure crossings: the existing crossings &apos;{0}&apos; must be points (underpasses, overpasses).</source>
        <translation>Cruces de infraestructura: los cruces existentes '{0}' deben ser puntos (pasos inferiores, superiores).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="152"/>
        <source>Network: the region &apos;{0}&apos; does not overlap the core areas &apos;{1}&apos;; pick the polygon of the country or landscape that holds them.</source>
        <translation>Red: la región '{0}' no se superpone a las áreas núcleo '{1}'; elija el polígono del país o del paisaje que las contiene.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="57"/>
        <source>Network: cores (dPC)</source>
        <translation>Red: áreas núcleo (dPC)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="57"/>
        <source>Network: links</source>
        <translation>Red: enlaces</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="58"/>
        <source>Network: summary</source>
        <translation>Red: resumen</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="137"/>
        <source>{0}the habitat column says &apos;{1}&apos;; write yes or no (1 or 0).</source>
        <translation>{0}la columna habitat dice '{1}'; escriba yes o no (1 o 0).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="235"/>
        <source>monitoring must be an object with thresholds and source, got {0}</source>
        <translation>monitoring debe ser un objeto con thresholds y source; se recibió {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="62"/>
        <source>Between {0} and {1}, corridor &apos;{2}&apos; could not be assessed: {3}.</source>
        <translation>Entre {0} y {1}, el corredor '{2}' no pudo evaluarse: {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="68"/>
        <source>the least-cost distance between its cores changed by {0} %</source>
        <translation>la distancia de menor costo entre sus áreas núcleo cambió {0} %</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="68"/>
        <source>the cores are not joined through it</source>
        <translation>las áreas núcleo no están unidas a través de él</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="70"/>
        <source>no indicator crossed its threshold</source>
        <translation>ningún indicador cruzó su umbral</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="71"/>
        <source>Between {0} and {1}, corridor &apos;{2}&apos; lost {3} ha and gained {4} ha of habitat ({5} % net); {6}; its trend is {7} ({8}).</source>
        <translation>Entre {0} y {1}, el corredor '{2}' perdió {3} ha y ganó {4} ha de hábitat ({5} % neto); {6}; su tendencia es {7} ({8}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="135"/>
        <source>The rasters &apos;{0}&apos; and &apos;{1}&apos; are not on one grid; resample the second onto the first&apos;s grid.</source>
        <translation>Los ráster '{0}' y '{1}' no están en la misma grilla; remuestree el segundo a la grilla del primero.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="159"/>
        <source>the rasters do not cover the corridor</source>
        <translation>los ráster no cubren el corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="60"/>
        <source>{0} &apos;{1}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2024-05-31).</source>
        <translation>{0} '{1}' no es una fecha; escríbala como AAAA-MM-DD (p. ej. 2024-05-31).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="65"/>
        <source>The dates are in the wrong order: DATE_AFTER ({0}) must be later than DATE_BEFORE ({1}). Swap the two rasters and their dates.</source>
        <translation>Las fechas están en el orden equivocado: DATE_AFTER ({0}) debe ser posterior a DATE_BEFORE ({1}). Intercambie los dos ráster y sus fechas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="73"/>
        <source>HABITAT_MAX_RESISTANCE must be a positive number, not {0}.</source>
        <translation>HABITAT_MAX_RESISTANCE debe ser un número positivo, no {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="94"/>
        <source>The class table {0} has no habitat column and the profile lists no habitat_classes: add a fourth column habitat (yes/no) to the table.</source>
        <translation>La tabla de clases {0} no tiene columna habitat y el perfil no indica habitat_classes: agregue una cuarta columna habitat (yes/no) a la tabla.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="107"/>
        <source>The land-cover raster &apos;{0}&apos; holds class(es) {1} that the class table {2} does not give a resistance; add a line for each.</source>
        <translation>El ráster de cobertura del suelo '{0}' contiene clase(s) {1} a las que la tabla de clases {2} no da resistencia; agregue una línea para cada una.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="127"/>
        <source>The class tables {0} and {1} disagree on class(es) {2} (resistance or habitat): a changed legend would read as a changed landscape. Use one table for both dates, or make them agree.</source>
        <translation>Las tablas de clases {0} y {1} no coinciden en la(s) clase(s) {2} (resistencia o hábitat): una leyenda cambiada se leería como un paisaje cambiado. Use una tabla para ambas fechas o hágalas coincidir.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="40"/>
        <source>improved</source>
        <translation>mejoró</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="40"/>
        <source>stable</source>
        <translation>estable</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="40"/>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="40"/>
        <source>severed</source>
        <translation>cortado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="56"/>
        <source>monitoring.{0} is not a known field of the profile; known: thresholds, source</source>
        <translation>monitoring.{0} no es un campo conocido del perfil; conocidos: thresholds, source</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="59"/>
        <source>monitoring.thresholds must be an object, got {0}</source>
        <translation>monitoring.thresholds debe ser un objeto; se recibió {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="63"/>
        <source>monitoring.thresholds.{0} is not a monitoring threshold; known: {1}</source>
        <translation>monitoring.thresholds.{0} no es un umbral de monitoreo; conocidos: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="66"/>
        <source>monitoring.thresholds.{0} must be a percentage of 0 or more, got {1}</source>
        <translation>monitoring.thresholds.{0} debe ser un porcentaje de 0 o más; se recibió {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="70"/>
        <source>monitoring.source must say where the monitoring thresholds come from</source>
        <translation>monitoring.source debe indicar de dónde vienen los umbrales de monitoreo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="98"/>
        <source>the cores are no longer joined through the corridor</source>
        <translation>las áreas núcleo ya no están unidas a través del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="104"/>
        <source>habitat area fell by {0} % (threshold {1} %)</source>
        <translation>la superficie de hábitat bajó {0} % (umbral {1} %)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="107"/>
        <source>the least-cost distance between the cores rose by {0} % (threshold {1} %)</source>
        <translation>la distancia de menor costo entre las áreas núcleo subió {0} % (umbral {1} %)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="111"/>
        <source>{0} new line(s) sever the corridor</source>
        <translation>
            <numerusform>{0} línea nueva corta el corredor</numerusform>
            <numerusform>{0} líneas nuevas cortan el corredor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="114"/>
        <source>the largest habitat gap grew to {0} m, more than the {1} m the species crosses</source>
        <translation>la mayor discontinuidad de hábitat creció a {0} m, más que los {1} m que cruza la especie</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="118"/>
        <source>the habitat no longer runs unbroken from core to core</source>
        <translation>el hábitat ya no es continuo de área núcleo a área núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="122"/>
        <source>habitat area grew by {0} % (threshold {1} %)</source>
        <translation>la superficie de hábitat creció {0} % (umbral {1} %)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="125"/>
        <source>the least-cost distance between the cores fell by {0} % (threshold {1} %)</source>
        <translation>la distancia de menor costo entre las áreas núcleo bajó {0} % (umbral {1} %)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="167"/>
        <source>Habitat lost and gained {0}</source>
        <translation>Hábitat perdido y ganado {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="167"/>
        <source>Corridor change {0}</source>
        <translation>Cambio de corredores {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="393"/>
        <source>, habitat {0} %</source>
        <translation>, hábitat {0} %</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="72"/>
        <source>Monitoring history</source>
        <translation>Historial de monitoreo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/monitoring_record.py" line="60"/>
        <source>The corridor store {0} does not exist.</source>
        <translation>El almacén de corredores {0} no existe.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/monitoring_record.py" line="65"/>
        <source>The corridor store {0} is read-only, so the monitoring record cannot be appended to it ({1}). Copy the store to a folder you can write to, or run without appending to the record.</source>
        <translation>El almacén de corredores {0} es de solo lectura, así que no se puede agregar al registro de monitoreo ({1}). Copie el almacén a una carpeta donde pueda escribir, o ejecute sin agregar al registro.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/monitoring_record.py" line="68"/>
        <source>The corridor store {0} cannot be written now ({1}); nothing was appended. Close the program that writes to it and run again.</source>
        <translation>No se puede escribir ahora en el almacén de corredores {0} ({1}); no se agregó nada. Cierre el programa que escribe en él y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/monitoring_record.py" line="145"/>
        <source>The monitoring record could not be appended to {0} ({1}); nothing was appended.</source>
        <translation>No se pudo agregar al registro de monitoreo de {0} ({1}); no se agregó nada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="57"/>
        <source>GDAL could not resample the raster &apos;{0}&apos;.</source>
        <translation>GDAL no pudo remuestrear el ráster '{0}'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="69"/>
        <source>BEFORE &apos;{0}&apos; ({1}) and AFTER &apos;{2}&apos; ({3}) are in different CRSs; the comparison is cell by cell. Reproject AFTER to BEFORE&apos;s CRS (Raster &gt; Projections &gt; Warp) and run again.</source>
        <translation>BEFORE '{0}' ({1}) y AFTER '{2}' ({3}) están en SRC distintos; la comparación es celda a celda. Reproyecte AFTER al SRC de BEFORE (Ráster &gt; Proyecciones &gt; Combar) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="77"/>
        <source>AFTER &apos;{0}&apos; ({1} m cells, {2} x {3}) was resampled to BEFORE&apos;s grid ({4} m cells, {5} x {6}) with nearest neighbour.</source>
        <translation>AFTER '{0}' (celdas de {1} m, {2} x {3}) se remuestreó a la grilla de BEFORE (celdas de {4} m, {5} x {6}) por vecino más cercano.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="127"/>
        <source>The corridors layer &apos;{0}&apos; must hold polygons.</source>
        <translation>La capa de corredores '{0}' debe contener polígonos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="136"/>
        <source>The corridors layer &apos;{0}&apos; has no features.</source>
        <translation>La capa de corredores '{0}' no tiene entidades.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="49"/>
        <source>Habitat lost</source>
        <translation>Hábitat perdido</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="49"/>
        <source>Habitat gained</source>
        <translation>Hábitat ganado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="50"/>
        <source>Habitat unchanged</source>
        <translation>Hábitat sin cambio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="50"/>
        <source>Unchanged, not habitat</source>
        <translation>Sin cambio, no hábitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="68"/>
        <source>no route</source>
        <translation>sin ruta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="80"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="80"/>
        <source>Habitat (ha)</source>
        <translation>Hábitat (ha)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="105"/>
        <source>Change (%)</source>
        <translation>Cambio (%)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="80"/>
        <source>Least-cost distance</source>
        <translation>Distancia de menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="69"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="105"/>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="129"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="129"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="136"/>
        <source>Numbered red marks: 1 the largest habitat gap, 2 the narrowest habitat passage.</source>
        <translation>Marcas rojas numeradas: 1 la mayor discontinuidad de hábitat, 2 el paso de hábitat más estrecho.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="147"/>
        <source>Corridor monitoring: {0} to {1}</source>
        <translation>Monitoreo de corredores: {0} a {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="55"/>
        <source>No monitoring record yet</source>
        <translation>Aún no hay registro de monitoreo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="75"/>
        <source>Green: habitat area; purple: least-cost distance; dots: trend</source>
        <translation>Verde: superficie de hábitat; morado: distancia de menor costo; puntos: tendencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="69"/>
        <source>Habitat change (%)</source>
        <translation>Cambio de hábitat (%)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="69"/>
        <source>Least-cost distance change (%)</source>
        <translation>Cambio de la distancia de menor costo (%)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="154"/>
        <source>Corridors (the corridor store)</source>
        <translation>Corredores (el almacén de corredores)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="154"/>
        <source>Before: raster</source>
        <translation>Antes: ráster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="154"/>
        <source>After: raster</source>
        <translation>Después: ráster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="159"/>
        <source>Choose: {0}.</source>
        <comment>, </comment>
        <translation>Elija: {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="172"/>
        <source>Comparing the two dates…</source>
        <translation>Comparando las dos fechas…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="188"/>
        <source>The comparison was cancelled; nothing was written.</source>
        <translation>La comparación se canceló; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="188"/>
        <source>The comparison failed; see the Processing log.</source>
        <translation>La comparación falló; vea el registro de Procesos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="205"/>
        <source>{0} corridor(s) compared; {1} row(s) appended to the monitoring record.</source>
        <translation>{0} corredor(es) comparado(s); {1} fila(s) agregada(s) al registro de monitoreo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="121"/>
        <source>Corridor monitoring</source>
        <translation>Monitoreo de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="287"/>
        <source>Corridor change between two dates (monitoring)</source>
        <translation>Cambio de corredores entre dos fechas (monitoreo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="288"/>
        <source>Compares two dates of the landscape inside each corridor: habitat area and natural share, the largest habitat gap, the narrowest habitat passage (the widest disc that travels from core to core through habitat, in metres on the raster&apos;s cells), the least-cost distance between the corridor&apos;s two cores through the corridor, new lines that sever it, the guideline check&apos;s overall status at each date, and a trend (improved, stable, degraded or severed) against the thresholds in the criteria profile, with their source.
BEFORE and AFTER are land-cover rasters read with the class table TABLE (class, resistance, label, habitat yes/no; without the habitat column the profile&apos;s habitat classes), or, without a table, resistance rasters where habitat is every cell whose resistance is at most HABITAT_MAX_RESISTANCE. AFTER on another grid is resampled to BEFORE&apos;s (nearest neighbour, and said); another CRS is refused. TABLE_AFTER, when the legend changed, must agree with TABLE on every class both list.
Outputs: the corridors with the indicators, a raster of habitat lost, gained and unchanged inside them, and an HTML report with one section per corridor (before and after maps, the indicator table, a sentence for a report and the corridor&apos;s history). When CORRIDORS is the corridor store and APPEND_RECORD is on, one row per corridor is appended to the store&apos;s monitoring table (kept, marked orphaned, when a corridor is deleted).</source>
        <translation>Compara dos fechas del paisaje dentro de cada corredor: superficie de hábitat y proporción natural, la mayor discontinuidad de hábitat, el paso de hábitat más estrecho (el disco más ancho que viaja de área núcleo a área núcleo por hábitat, en metros sobre las celdas del ráster), la distancia de menor costo entre las dos áreas núcleo del corredor a través del corredor, las líneas nuevas que lo cortan, el estado global de la verificación de directrices en cada fecha y una tendencia (mejoró, estable, degradado o cortado) según los umbrales del perfil de criterios, con su fuente.
BEFORE y AFTER son ráster de cobertura del suelo leídos con la tabla de clases TABLE (class, resistance, label, habitat yes/no; sin la columna habitat, las clases de hábitat del perfil) o, sin tabla, ráster de resistencia donde el hábitat es toda celda cuya resistencia es como máximo HABITAT_MAX_RESISTANCE. Un AFTER en otra grilla se remuestrea a la de BEFORE (vecino más cercano, y se informa); otro SRC se rechaza. TABLE_AFTER, si la leyenda cambió, debe coincidir con TABLE en toda clase que ambas listen.
Salidas: los corredores con los indicadores, un ráster de hábitat perdido, ganado y sin cambio dentro de ellos, y un informe HTML con una sección por corredor (mapas de antes y después, la tabla de indicadores, una frase para un informe y el historial del corredor). Si CORRIDORS es el almacén de corredores y APPEND_RECORD está activado, se agrega una fila por corredor a la tabla monitoring del almacén (se conserva, marcada como huérfana, si se borra un corredor).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="80"/>
        <source>Corridors (the corridor store or any polygon layer)</source>
        <translation>Corredores (el almacén de corredores o cualquier capa de polígonos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="85"/>
        <source>Before: land-cover raster (with a class table) or resistance raster</source>
        <translation>Antes: ráster de cobertura del suelo (con tabla de clases) o ráster de resistencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="87"/>
        <source>After: land-cover raster (with a class table) or resistance raster</source>
        <translation>Después: ráster de cobertura del suelo (con tabla de clases) o ráster de resistencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="89"/>
        <source>Class table (CSV class,resistance,label,habitat; empty: the rasters are resistance)</source>
        <translation>Tabla de clases (CSV class,resistance,label,habitat; vacía: los ráster son de resistencia)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="92"/>
        <source>Class table of AFTER, when its legend changed (empty: TABLE)</source>
        <translation>Tabla de clases de AFTER, si su leyenda cambió (vacía: TABLE)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="95"/>
        <source>Habitat: resistance at most (resistance rasters)</source>
        <translation>Hábitat: resistencia como máximo (ráster de resistencia)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="98"/>
        <source>Roads and other linear barriers, before</source>
        <translation>Caminos y otras barreras lineales, antes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="98"/>
        <source>Roads and other linear barriers, after</source>
        <translation>Caminos y otras barreras lineales, después</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="102"/>
        <source>Date of BEFORE (YYYY-MM-DD)</source>
        <translation>Fecha de BEFORE (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="103"/>
        <source>Date of AFTER (YYYY-MM-DD)</source>
        <translation>Fecha de AFTER (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="106"/>
        <source>Append to the store&apos;s monitoring record (CORRIDORS is the corridor store)</source>
        <translation>Agregar al registro de monitoreo del almacén (CORRIDORS es el almacén de corredores)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="268"/>
        <source>Corridor change</source>
        <translation>Cambio de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="109"/>
        <source>Habitat lost, gained and unchanged</source>
        <translation>Hábitat perdido, ganado y sin cambio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="110"/>
        <source>Change report (HTML)</source>
        <translation>Informe de cambios (HTML)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="112"/>
        <source>Rows appended to the monitoring record</source>
        <translation>Filas agregadas al registro de monitoreo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="122"/>
        <source>The run was cancelled; nothing was written.</source>
        <translation>La ejecución se canceló; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="152"/>
        <source>Choose the corridors, the cores and both rasters (BEFORE and AFTER).</source>
        <translation>Elija los corredores, las áreas núcleo y ambos ráster (BEFORE y AFTER).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="162"/>
        <source>&apos;{0}&apos; is not the corridor store: the monitoring record is kept only in the store, so nothing is appended.</source>
        <translation>'{0}' no es el almacén de corredores: el registro de monitoreo solo se guarda en el almacén, así que no se agrega nada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="214"/>
        <source>{0} row(s) appended to the monitoring record of {1}.</source>
        <translation>{0} fila(s) agregada(s) al registro de monitoreo de {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="267"/>
        <source>Corridor change between {0} and {1}.</source>
        <translation>Cambio de corredores entre {0} y {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="270"/>
        <source>Habitat lost and gained</source>
        <translation>Hábitat perdido y ganado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="322"/>
        <source>Cores {0} and {1}: window of {2:,} cells ({3:.1%} of the raster), {4:,} corridor cells.</source>
        <translation>Núcleos {0} y {1}: ventana de {2:,} celdas ({3:.1%} del ráster), {4:,} celdas de corredor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/sea_resistance.py" line="19"/>
        <source>The depth weight must be 0 or more; {0} was given.</source>
        <translation>El peso de profundidad debe ser 0 o más; se indicó {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/sea_resistance.py" line="26"/>
        <source>The land polygons cover every cell: there is no sea to cross. Check the extent.</source>
        <translation>Los polígonos de tierra cubren todas las celdas: no hay mar que cruzar. Revise la extensión.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/sea_grid.py" line="25"/>
        <source>The extent of the sea-only raster is empty; give an extent or land polygons.</source>
        <translation>La extensión del ráster de solo mar está vacía; indique una extensión o polígonos de tierra.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/sea_grid.py" line="29"/>
        <source>A cell size of {0} gives {1} x {2} cells over the extent; choose a larger cell size.</source>
        <translation>Un tamaño de celda de {0} da {1} x {2} celdas sobre la extensión; elija un tamaño de celda mayor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/sea_grid.py" line="45"/>
        <source>GDAL could not put the depth raster &apos;{0}&apos; on the sea-only grid.</source>
        <translation>GDAL no pudo poner el ráster de profundidad '{0}' en la cuadrícula de solo mar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="26"/>
        <source>Sea only</source>
        <translation>Solo mar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="30"/>
        <source>Distances through the sea: the sea costs 1 per metre and land cannot be crossed. Replaces the resistance above.</source>
        <translation>Distancias por el mar: el mar cuesta 1 por metro y la tierra no se puede cruzar. Sustituye la resistencia de arriba.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="46"/>
        <source>Land polygons</source>
        <translation>Polígonos de tierra</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="47"/>
        <source>Cell size (m)</source>
        <translation>Tamaño de celda (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="67"/>
        <source>Pick the land polygons for the sea-only option.</source>
        <translation>Elija los polígonos de tierra para la opción de solo mar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="84"/>
        <source>Building the sea-only resistance from the land polygons</source>
        <translation>Construyendo la resistencia de solo mar a partir de los polígonos de tierra</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="84"/>
        <source>Resistance (sea only)</source>
        <translation>Resistencia (solo mar)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="79"/>
        <source>Where run folders go when the project is not saved yet.</source>
        <translation>Dónde van las carpetas de ejecución mientras el proyecto no esté guardado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="80"/>
        <source>Habitat weight field (optional)</source>
        <translation>Campo de peso de hábitat (opcional)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="80"/>
        <source>Outlet (optional)</source>
        <translation>Desembocadura (opcional)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="80"/>
        <source>Save in</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="93"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="113"/>
        <source>DCI_p: chance that two random points of the river are connected (resident fish); DCI_d: chance that a point is connected to the outlet (migratory fish); 100 = no barrier.</source>
        <translation>DCI_p: probabilidad de que dos puntos del río al azar estén conectados (peces residentes); DCI_d: probabilidad de que un punto esté conectado con la desembocadura (peces migratorios); 100 = sin barreras.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="187"/>
        <source>Choose the river lines layer.</source>
        <translation>Elija la capa de líneas de río.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="189"/>
        <source>The layer &apos;{0}&apos; holds {1}, not river lines; choose a layer of lines.</source>
        <translation>La capa '{0}' contiene {1}, no líneas de río; elija una capa de líneas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="193"/>
        <source>Choose the barriers layer (dams, weirs, culverts as points).</source>
        <translation>Elija la capa de barreras (presas, azudes, alcantarillas como puntos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="195"/>
        <source>The layer &apos;{0}&apos; holds {1}, not barrier points; choose a layer of points.</source>
        <translation>La capa '{0}' contiene {1}, no puntos de barrera; elija una capa de puntos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="199"/>
        <source>The barriers layer &apos;{0}&apos; has no passability field chosen; add a numeric field with values from 0 (closed) to 1 (open) and choose it.</source>
        <translation>La capa de barreras '{0}' no tiene un campo de franqueabilidad elegido; añada un campo numérico con valores de 0 (cerrada) a 1 (abierta) y elíjalo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="263"/>
        <source>River system {0}: DCI_p {1:.2f}, DCI_d {2:.2f} ({3:.0f} m, {4} sections).</source>
        <translation>Red fluvial {0}: DCI_p {1:.2f}, DCI_d {2:.2f} ({3:.0f} m, {4} tramos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="264"/>
        <source>DCI_p {0:.2f}, DCI_d {1:.2f} ({2:.0f} m, {3} sections).</source>
        <translation>DCI_p {0:.2f}, DCI_d {1:.2f} ({2:.0f} m, {3} tramos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="267"/>
        <source>Barrier to open first: feature {0} (+{1:.2f} DCI_p points).</source>
        <translation>Barrera que abrir primero: entidad {0} (+{1:.2f} puntos de DCI_p).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="268"/>
        <source>Files: {0}</source>
        <translation>Archivos: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="270"/>
        <source>Done: the results are in the group &apos;{0}&apos;.</source>
        <translation>Listo: los resultados están en el grupo '{0}'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="291"/>
        <source>polygons</source>
        <translation>polígonos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="291"/>
        <source>no geometry</source>
        <translation>ninguna geometría</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_plan.py" line="44"/>
        <source>River connectivity (DCI) of &apos;{0}&apos; (CCSG Corridor Toolkit).</source>
        <translation>Conectividad fluvial (DCI) de '{0}' (CCSG Corridor Toolkit).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_plan.py" line="49"/>
        <source>River connectivity {0}</source>
        <translation>Conectividad fluvial {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="307"/>
        <source>Turns a land-cover raster into a resistance raster: each land-cover class gets the resistance given in the table (how hard it is for the species to cross one metre of it; 1 = easiest).
Table: one line per class with its code and its resistance, either in the table here or in a CSV file (class, resistance[, label]; a header line is allowed; UTF-8, Windows-1252 or Latin-1). A resistance must be positive; write &apos;nodata&apos; for classes that cannot be crossed (they become NoData). A class with an empty resistance counts as unlisted (it takes the default below), as in the analysis panel.
Default: the resistance of classes missing from the table; leave it empty to make them NoData (impassable). The classes left out are listed in the log.
Land-cover NoData stays NoData. The output is a Float32 GeoTIFF on the land-cover grid.
Sea only (marine, instead of the land cover): give land polygons; the sea gets resistance 1 and land is NoData (impassable), so least-cost distances run through the sea. Optional depth raster: sea resistance = 1 + depth weight x |depth| (deeper water costs more; sea cells without depth keep 1). The grid: the cell size over the extent (default: the land layer&apos;s extent), or the depth raster&apos;s grid when the cell size is 0.</source>
        <translation>Convierte un ráster de cobertura del suelo en un ráster de resistencia: cada clase de cobertura del suelo recibe la resistencia indicada en la tabla (qué tan difícil es para la especie cruzar un metro de ella; 1 = lo más fácil).
Tabla: una línea por clase con su código y su resistencia, en la tabla aquí o en un archivo CSV (clase, resistencia[, etiqueta]; se admite una línea de encabezado; UTF-8, Windows-1252 o Latin-1). Una resistencia debe ser positiva; escriba 'nodata' para las clases que no se pueden cruzar (pasan a NoData). Una clase con la resistencia vacía cuenta como no listada (recibe el valor por defecto de abajo), como en el panel de análisis.
Por defecto: la resistencia de las clases que faltan en la tabla; déjelo vacío para que sean NoData (infranqueables). Las clases omitidas se listan en el registro.
El NoData de la cobertura del suelo sigue siendo NoData. La salida es un GeoTIFF Float32 en la cuadrícula de la cobertura del suelo.
Solo mar (marino, en lugar de la cobertura del suelo): indique polígonos de tierra; el mar recibe resistencia 1 y la tierra es NoData (infranqueable), de modo que las distancias de menor costo pasan por el mar. Ráster de profundidad opcional: resistencia del mar = 1 + peso de profundidad x |profundidad| (el agua más profunda cuesta más; las celdas de mar sin profundidad conservan 1). La cuadrícula: el tamaño de celda sobre la extensión (por defecto, la extensión de la capa de tierra), o la cuadrícula del ráster de profundidad cuando el tamaño de celda es 0.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="62"/>
        <source>Sea only: land polygons (land impassable, sea = 1)</source>
        <translation>Solo mar: polígonos de tierra (tierra infranqueable, mar = 1)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="65"/>
        <source>Sea only: depth raster</source>
        <translation>Solo mar: ráster de profundidad</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="66"/>
        <source>Sea only: depth weight (resistance = 1 + weight x |depth|)</source>
        <translation>Solo mar: peso de profundidad (resistencia = 1 + peso x |profundidad|)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="69"/>
        <source>Sea only: cell size (map units; 0 = the depth raster&apos;s grid)</source>
        <translation>Solo mar: tamaño de celda (unidades del mapa; 0 = la cuadrícula del ráster de profundidad)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="72"/>
        <source>Sea only: extent (default: the land layer&apos;s extent)</source>
        <translation>Solo mar: extensión (por defecto, la de la capa de tierra)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="92"/>
        <source>Choose a land-cover raster (or land polygons for the sea-only preset).</source>
        <translation>Elija un ráster de cobertura del suelo (o polígonos de tierra para el preajuste de solo mar).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="135"/>
        <source>Give either a land-cover raster or land polygons (sea only), not both.</source>
        <translation>Indique un ráster de cobertura del suelo o polígonos de tierra (solo mar), no ambos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="141"/>
        <source>A depth weight of {0} needs a depth raster; choose one or set the weight to 0.</source>
        <translation>Un peso de profundidad de {0} necesita un ráster de profundidad; elija uno o ponga el peso en 0.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="157"/>
        <source>Give the cell size of the sea-only raster (or a depth raster, whose grid is then used).</source>
        <translation>Indique el tamaño de celda del ráster de solo mar (o un ráster de profundidad, cuya cuadrícula se usa entonces).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="165"/>
        <source>Sea-only resistance: sea 1, the land of &apos;{0}&apos; impassable.</source>
        <translation>Resistencia de solo mar: mar 1, la tierra de '{0}' infranqueable.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/layer_roles.py" line="27"/>
        <source>river</source>
        <translation>río</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="152"/>
        <source>An input layer could not be copied for the run: {0}</source>
        <translation>No se pudo copiar una capa de entrada para la ejecución: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridor_workers.py" line="134"/>
        <source>A cost-distance process stopped without a result (exit status {0}); the machine may have run out of memory. Try a coarser cell, a width cutoff or fewer pairs.</source>
        <translation>Un proceso de costo-distancia terminó sin resultado (código de salida {0}); puede que la máquina se haya quedado sin memoria. Pruebe una celda más gruesa, un corte de ancho o menos pares.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="307"/>
        <source>Cost-distances run in {0} process(es) at a time.</source>
        <translation>Los cálculos de costo-distancia se ejecutan en {0} proceso(s) a la vez.</translation>
    </message>
</context>
<context>
    <name>AnalysisDock</name>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="6"/>
        <source>Least-cost analysis</source>
        <translation>Análisis de menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="24"/>
        <source>1. Resistance</source>
        <translation>1. Resistencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="28"/>
        <source>Use a resistance raster</source>
        <translation>Usar un ráster de resistencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="34"/>
        <source>Cost of crossing each cell (1 = easiest). NoData cells are impassable.</source>
        <translation>Costo de atravesar cada celda (1 = lo más fácil). Las celdas NoData son infranqueables.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="44"/>
        <source>Land-cover classes; each class gets the resistance in the table below. With &apos;Use a resistance raster&apos;, a land cover chosen here is only checked against the resistance grid.</source>
        <translation>Clases de cobertura del suelo; cada clase recibe la resistencia de la tabla de abajo. Con 'Usar un ráster de resistencia', una cobertura elegida aquí solo se compara con la cuadrícula de resistencia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="58"/>
        <source>Fill the table from a bundled preset</source>
        <translation>Llenar la tabla desde un preajuste incluido</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="64"/>
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="65"/>
        <source>Load the table from a CSV file (class,resistance[,label])</source>
        <translation>Cargar la tabla desde un archivo CSV (class,resistance[,label])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="70"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="71"/>
        <source>Save the table as a CSV file</source>
        <translation>Guardar la tabla como archivo CSV</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="76"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="77"/>
        <source>Add a class</source>
        <translation>Añadir una clase</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="82"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="83"/>
        <source>Remove the selected classes</source>
        <translation>Quitar las clases seleccionadas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="92"/>
        <source>Classes found in the land-cover raster but missing from the table are shown in red.</source>
        <translation>Las clases presentes en el ráster de cobertura del suelo pero ausentes de la tabla se muestran en rojo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="93"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="94"/>
        <source>Resistance</source>
        <translation>Resistencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="95"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="103"/>
        <source>When unticked, classes missing from the table are impassable (NoData).</source>
        <translation>Si se desmarca, las clases que faltan en la tabla son infranqueables (NoData).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="124"/>
        <source>2. Core areas</source>
        <translation>2. Áreas núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="126"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="128"/>
        <source>Id field</source>
        <translation>Campo de id</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="135"/>
        <source>3. Options</source>
        <translation>3. Opciones</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="137"/>
        <source>Neighbours</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="140"/>
        <source>8: moves to the 8 surrounding cells. 16: also knight&apos;s moves, for smoother, more accurate paths (slower).</source>
        <translation>8: movimientos a las 8 celdas vecinas. 16: también saltos de caballo, para rutas más suaves y exactas (más lento).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="143"/>
        <source>Pairs</source>
        <translation>Pares</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="146"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="147"/>
        <source>Within</source>
        <translation>A menos de</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="150"/>
        <source>Link only cores at most this far apart, edge to edge (map units)</source>
        <translation>Unir solo núcleos que estén a esta distancia como máximo, de borde a borde (unidades del mapa)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="384"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="160"/>
        <source>Width cutoff</source>
        <translation>Umbral de ancho</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="165"/>
        <source>Keep corridor cells whose cost is at most this much above the least-cost path (0 = no cutoff)</source>
        <translation>Conservar las celdas del corredor cuyo costo supera como mucho en este valor al de la ruta de menor costo (0 = sin umbral)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="181"/>
        <source>Save in</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="184"/>
        <source>Folder for the run folders when the project is not saved yet (otherwise results go beside the project)</source>
        <translation>Carpeta para las carpetas de ejecución cuando el proyecto aún no está guardado (si no, los resultados van junto al proyecto)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="392"/>
        <source>Input check</source>
        <translation>Revisión de entradas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="451"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="452"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="407"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="409"/>
        <source>No run yet.</source>
        <translation>Todavía no hay ninguna ejecución.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="415"/>
        <source>Pick a path</source>
        <translation>Elegir una ruta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="417"/>
        <source>Click a least-cost path on the map to see its row of the link table</source>
        <translation>Haga clic en una ruta de menor costo en el mapa para ver su fila de la tabla de enlaces</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="102"/>
        <source>Unlisted classes:</source>
        <translation>Clases no listadas:</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="39"/>
        <source>Build it from land cover</source>
        <translation>Construirlo a partir de la cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="177"/>
        <source>Drop links through a third core</source>
        <translation>Descartar los enlaces que pasan por un tercer núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="422"/>
        <source>Use as candidates</source>
        <translation>Usar como candidatos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="423"/>
        <source>Copy the selected corridor polygons (or the corridors of the selected least-cost paths) into the Corridor designer&apos;s store as candidate corridors</source>
        <translation>Copiar los polígonos de corredor seleccionados (o los corredores de las rutas de menor costo seleccionadas) al almacén del Diseñador de corredores como corredores candidatos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="192"/>
        <source>Pinch points (circuit theory)</source>
        <translation>Estrangulamientos (circuitos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="193"/>
        <source>After the corridors, pass 1 A through each corridor between its two cores (as Linkage Mapper&apos;s Pinchpoint Mapper does): where current is highest, movement funnels through a passage that, once lost, would sever the link.</source>
        <translation>Después de los corredores, hace pasar 1 A por cada corredor entre sus dos áreas núcleo (como el Pinchpoint Mapper de Linkage Mapper): donde la corriente es más alta, el movimiento se concentra en un paso que, si se pierde, cortaría el enlace.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="197"/>
        <source>Cutoff</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="200"/>
        <source>Only cells at most this many cost units above the least-cost path carry current (0 = no cutoff)</source>
        <translation>Solo las celdas que están como máximo esas unidades de costo por encima de la ruta de menor costo conducen corriente (0 = sin umbral)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="209"/>
        <source>Also all pairs together (current centrality)</source>
        <translation>También todos los pares juntos (centralidad de corriente)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="210"/>
        <source>Also the current of all linked pairs together in the union of the corridors (Linkage Mapper&apos;s raster centrality)</source>
        <translation>Además, la corriente de todos los pares enlazados juntos en la unión de los corredores (la centralidad ráster de Linkage Mapper)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="218"/>
        <source>Restoration priorities</source>
        <translation>Prioridades de restauración</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="219"/>
        <source>After the corridors, find where restoring a disc of habitat would shorten the least-cost links most (Linkage Mapper&apos;s Barrier Mapper): score rasters, the best radius and the top sites as ranked points.</source>
        <translation>Después de los corredores, busca dónde restaurar un disco de hábitat acortaría más los enlaces de menor costo (Barrier Mapper de Linkage Mapper): rásteres de puntuación, el mejor radio y los mejores sitios como puntos clasificados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="225"/>
        <source>Minimum radius</source>
        <translation>Radio mínimo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="228"/>
        <source>Smallest disc radius tried, in map units; at least the cell size</source>
        <translation>Radio de disco más pequeño que se prueba, en unidades del mapa; al menos el tamaño de celda</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="236"/>
        <source>Maximum radius</source>
        <translation>Radio máximo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="239"/>
        <source>Largest disc radius tried, in map units</source>
        <translation>Radio de disco más grande que se prueba, en unidades del mapa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="247"/>
        <source>Radius step</source>
        <translation>Paso de radio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="250"/>
        <source>Step between the radii tried (0 = the minimum radius only)</source>
        <translation>Paso entre los radios probados (0 = solo el radio mínimo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="258"/>
        <source>Combine pairs</source>
        <translation>Combinar pares</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="261"/>
        <source>Maximum: the best pair at each cell. Sum: all pairs added up. Both: one raster of each.</source>
        <translation>Máximo: el mejor par en cada celda. Suma: todos los pares sumados. Ambos: un ráster de cada uno.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="269"/>
        <source>Infrastructure crossings</source>
        <translation>Cruces de infraestructura</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="270"/>
        <source>After the corridors, measure how much roads, railways or fences raise the cost of each corridor and where a crossing structure would win most of it back.</source>
        <translation>Después de los corredores, mide cuánto elevan las carreteras, vías férreas o cercas el costo de cada corredor y dónde un paso de fauna recuperaría la mayor parte.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="276"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="279"/>
        <source>Roads, railways or fences (lines)</source>
        <translation>Carreteras, vías férreas o cercas (líneas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="282"/>
        <source>Resistance field</source>
        <translation>Campo de resistencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="285"/>
        <source>Resistance each line adds (a number or &apos;impassable&apos;); none = the lines cannot be crossed</source>
        <translation>Resistencia que añade cada línea (un número o 'impassable'); ninguno = las líneas no se pueden cruzar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="288"/>
        <source>Existing crossings</source>
        <translation>Cruces existentes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="291"/>
        <source>Underpasses and overpasses that stay permeable (points, optional)</source>
        <translation>Pasos inferiores y superiores que siguen siendo permeables (puntos, opcional)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="299"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="300"/>
        <source>After the corridors, measure how well the cores form a connected network: PC, EC, dPC per core and link, and ProtConn when a region is given.</source>
        <translation>Después de los corredores, mide qué tan bien forman las áreas núcleo una red conectada: PC, EC, dPC por área núcleo y enlace, y ProtConn si se indica una región.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="306"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="309"/>
        <source>Euclidean: edge to edge, in metres. Least-cost: the least-cost distances of this run&apos;s paths, in cost units.</source>
        <translation>Euclidiana: de borde a borde, en metros. De menor costo: las distancias de menor costo de las rutas de esta ejecución, en unidades de costo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="312"/>
        <source>Dispersal distance</source>
        <translation>Distancia de dispersión</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="315"/>
        <source>Distance at which the dispersal probability below is reached; also the threshold for links and IIC</source>
        <translation>Distancia a la que se alcanza la probabilidad de dispersión de abajo; también el umbral de los enlaces y del IIC</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="323"/>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="326"/>
        <source>Probability of dispersal at that distance (between 0 and 1)</source>
        <translation>Probabilidad de dispersión a esa distancia (entre 0 y 1)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="334"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="337"/>
        <source>Country or landscape polygon for ProtConn (optional)</source>
        <translation>Polígono del país o del paisaje para ProtConn (opcional)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="345"/>
        <source>Climate gradient</source>
        <translation>Gradiente climático</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="346"/>
        <source>Link cores whose climates differ and route each link along the gentlest climate gradient (Linkage Mapper&apos;s Climate Linkage Mapper).</source>
        <translation>Une áreas núcleo cuyos climas difieren y traza cada enlace por el gradiente climático más suave (Climate Linkage Mapper de Linkage Mapper).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="352"/>
        <source>Climate</source>
        <translation>Clima</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="355"/>
        <source>Climate raster, e.g. mean annual temperature</source>
        <translation>Ráster climático, p. ej. temperatura media anual</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="358"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="361"/>
        <source>Link only cores whose climates (mean − 2 SD) differ by more than this (0 = no climate rule)</source>
        <translation>Unir solo áreas núcleo cuyos climas (media − 2 DE) difieran en más que esto (0 = sin regla climática)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="367"/>
        <source>Climate cost</source>
        <translation>Costo climático</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="370"/>
        <source>Cost units added per climate unit crossed between neighbouring cells</source>
        <translation>Unidades de costo añadidas por unidad climática atravesada entre celdas vecinas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="376"/>
        <source>Minimum distance</source>
        <translation>Distancia mínima</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="379"/>
        <source>Link only cores at least this far apart, edge to edge (map units; 0 = none)</source>
        <translation>Unir solo áreas núcleo separadas al menos esta distancia, de borde a borde (unidades del mapa; 0 = ninguna)</translation>
    </message>
</context>
<context>
    <name>CcsgCheckDock</name>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="5"/>
        <source>Guideline check</source>
        <translation>Verificación de directrices</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="17"/>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="19"/>
        <source>Corridors</source>
        <translation>Corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="21"/>
        <source>Cores / protected areas</source>
        <translation>Áreas núcleo / áreas protegidas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="23"/>
        <source>Land cover or habitat raster</source>
        <translation>Ráster de cobertura del suelo o de hábitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="25"/>
        <source>This raster holds</source>
        <translation>Este ráster contiene</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="27"/>
        <source>Resistance raster</source>
        <translation>Ráster de resistencia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="29"/>
        <source>Roads and linear barriers</source>
        <translation>Carreteras y barreras lineales</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="31"/>
        <source>Crossing structures</source>
        <translation>Pasos de fauna</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="33"/>
        <source>Elevation (DEM)</source>
        <translation>Elevación (MDE)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="63"/>
        <source>Criteria profile</source>
        <translation>Perfil de criterios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="68"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="68"/>
        <source>Make an editable copy of this profile</source>
        <translation>Crear una copia editable de este perfil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="69"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="69"/>
        <source>Save the profile in your QGIS profile folder</source>
        <translation>Guardar el perfil en la carpeta de su perfil de QGIS</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="70"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="70"/>
        <source>Import a profile JSON file</source>
        <translation>Importar un archivo JSON de perfil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="71"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="71"/>
        <source>Export this profile as a JSON file</source>
        <translation>Exportar este perfil como archivo JSON</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="86"/>
        <source>Check corridors</source>
        <translation>Verificar corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="87"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="88"/>
        <source>Open report</source>
        <translation>Abrir informe</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="44"/>
        <source>Rivers and coasts (optional)</source>
        <translation>Ríos y costas (opcional)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="48"/>
        <source>Streams and rivers</source>
        <translation>Cauces y ríos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="49"/>
        <source>Lines: riparian zones included (riparian_included)</source>
        <translation>Líneas: zonas ribereñas incluidas (riparian_included)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="50"/>
        <source>Floodplain or riparian areas</source>
        <translation>Llanuras de inundación o zonas ribereñas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="51"/>
        <source>Polygons: share of the floodplain inside the corridor (fw_lateral)</source>
        <translation>Polígonos: proporción de la llanura de inundación dentro del corredor (fw_lateral)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="52"/>
        <source>River barriers (dams, weirs, culverts)</source>
        <translation>Barreras fluviales (presas, azudes, alcantarillas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="53"/>
        <source>Points: barriers counted inside the corridor (fw_longitudinal)</source>
        <translation>Puntos: barreras contadas dentro del corredor (fw_longitudinal)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="54"/>
        <source>Coastline</source>
        <translation>Línea de costa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="55"/>
        <source>Lines: alongshore length inside the corridor (mar_size)</source>
        <translation>Líneas: longitud a lo largo de la costa dentro del corredor (mar_size)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="56"/>
        <source>Night-lights raster</source>
        <translation>Ráster de luces nocturnas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="57"/>
        <source>Raster: artificial light at night (artificial_light)</source>
        <translation>Ráster: luz artificial nocturna (artificial_light)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="93"/>
        <source>Corridors, the failing ones first: click one to see its criteria</source>
        <translation>Corredores, primero los que no cumplen: haga clic en uno para ver sus criterios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="94"/>
        <source>The selected corridor&apos;s criteria, failed and warned first: click one to see where the problem is</source>
        <translation>Criterios del corredor seleccionado, primero los que no cumplen o tienen advertencia: haga clic en uno para ver dónde está el problema</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="35"/>
        <source>Pinch points (current)</source>
        <translation>Puntos de estrangulamiento (corriente)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="36"/>
        <source>Raster: current from ccsg:pinchpoints or the analysis panel&apos;s pinch-point step (current_pinch)</source>
        <translation>Ráster: corriente de ccsg:pinchpoints o del paso de puntos de estrangulamiento del panel de análisis (current_pinch)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="37"/>
        <source>Climate</source>
        <translation>Clima</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="38"/>
        <source>Raster: e.g. mean annual temperature; the climate difference between the cores (climate_span)</source>
        <translation>Ráster: p. ej. temperatura media anual; la diferencia de clima entre las áreas núcleo (climate_span)</translation>
    </message>
</context>
<context>
    <name>CcsgDesignerDock</name>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="9"/>
        <source>Corridor designer</source>
        <translation>Diseñador de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="19"/>
        <source>Corridor store</source>
        <translation>Almacén de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="23"/>
        <source>No store yet: create one next to the project, or open one.</source>
        <translation>Todavía no hay almacén: cree uno junto al proyecto o abra uno.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="30"/>
        <source>New store…</source>
        <translation>Nuevo almacén…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="31"/>
        <source>Create a GeoPackage of candidate corridors in the project&apos;s CRS (a projected CRS in metres)</source>
        <translation>Crear un GeoPackage de corredores candidatos en el SRC del proyecto (un SRC proyectado en metros)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="36"/>
        <source>Open store…</source>
        <translation>Abrir almacén…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="37"/>
        <source>Open an existing corridor GeoPackage</source>
        <translation>Abrir un GeoPackage de corredores existente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="45"/>
        <source>Core areas (snapping and connected cores)</source>
        <translation>Áreas núcleo (ajuste y núcleos conectados)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="50"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="55"/>
        <source>Protected areas / core habitat polygons: drawing snaps to them and the corridor&apos;s connected cores are read from them</source>
        <translation>Polígonos de áreas protegidas / hábitat núcleo: el dibujo se ajusta a ellos y de ellos se leen los núcleos conectados del corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="60"/>
        <source>Id field</source>
        <translation>Campo de id</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="65"/>
        <source>Field holding the core&apos;s id (e.g. WDPAID)</source>
        <translation>Campo que contiene el id del núcleo (p. ej. WDPAID)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="73"/>
        <source>Draw a corridor</source>
        <translation>Dibujar un corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="77"/>
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="78"/>
        <source>Draw the corridor outline: click the vertices, right-click to finish, Backspace undoes a vertex, Esc cancels</source>
        <translation>Dibuje el contorno del corredor: haga clic en los vértices, clic derecho para terminar, Retroceso deshace un vértice, Esc cancela</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="88"/>
        <source>Centre line + width</source>
        <translation>Línea central + ancho</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="89"/>
        <source>Draw the corridor&apos;s centre line: click the vertices, right-click to finish; the corridor is the line widened to the width below</source>
        <translation>Dibuje la línea central del corredor: haga clic en los vértices, clic derecho para terminar; el corredor es la línea ensanchada al ancho de abajo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="99"/>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="104"/>
        <source>Corridor width in metres for the centre-line tool</source>
        <translation>Ancho del corredor en metros para la herramienta de línea central</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="105"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="115"/>
        <source>Ends</source>
        <translation>Extremos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="120"/>
        <source>Flat ends stop at the first and last point; round ends extend half the width beyond them</source>
        <translation>Los extremos planos se detienen en el primer y el último punto; los redondeados se prolongan medio ancho más allá</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="131"/>
        <source>Candidate corridors</source>
        <translation>Corredores candidatos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="139"/>
        <source>Select a corridor to zoom to it and select it on the map</source>
        <translation>Seleccione un corredor para hacer zoom a él y seleccionarlo en el mapa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="143"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="144"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="145"/>
        <source>Min. width</source>
        <translation>Ancho mín.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="152"/>
        <source>Attributes…</source>
        <translation>Atributos…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="153"/>
        <source>Open the attribute form of the selected corridor</source>
        <translation>Abrir el formulario de atributos del corredor seleccionado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="158"/>
        <source>Save edits</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="159"/>
        <source>Write the corridor edits to the GeoPackage (computes area, length, minimum width and connected cores)</source>
        <translation>Escribir los cambios de los corredores en el GeoPackage (calcula el área, la longitud, el ancho mínimo y los núcleos conectados)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="169"/>
        <source>Add from least-cost corridors</source>
        <translation>Añadir desde corredores de menor costo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="173"/>
        <source>Corridor polygons (e.g. the ccsg:leastcostcorridors polygon output); select the polygons to copy on the map</source>
        <translation>Polígonos de corredor (p. ej. el resultado en polígonos de ccsg:leastcostcorridors); seleccione en el mapa los polígonos que desea copiar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="178"/>
        <source>Copy selected polygons into the store</source>
        <translation>Copiar los polígonos seleccionados al almacén</translation>
    </message>
</context>
<context>
    <name>CcsgMonitoringDock</name>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="6"/>
        <source>Corridor monitoring</source>
        <translation>Monitoreo de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="15"/>
        <source>Compare two dates of the landscape inside each corridor and keep the answer in the corridor store.</source>
        <translation>Compare dos fechas del paisaje dentro de cada corredor y guarde la respuesta en el almacén de corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="21"/>
        <source>Two dates</source>
        <translation>Dos fechas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="24"/>
        <source>Corridors (the corridor store)</source>
        <translation>Corredores (el almacén de corredores)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="30"/>
        <source>Cores / protected areas</source>
        <translation>Áreas núcleo / áreas protegidas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="36"/>
        <source>Core id field</source>
        <translation>Campo de id de área núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="42"/>
        <source>Before: raster</source>
        <translation>Antes: ráster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="48"/>
        <source>Date of BEFORE</source>
        <translation>Fecha de BEFORE</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="69"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="54"/>
        <source>Roads and barriers, before</source>
        <translation>Caminos y barreras, antes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="60"/>
        <source>After: raster</source>
        <translation>Después: ráster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="66"/>
        <source>Date of AFTER</source>
        <translation>Fecha de AFTER</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="72"/>
        <source>Roads and barriers, after</source>
        <translation>Caminos y barreras, después</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="78"/>
        <source>Class table (land-cover rasters; empty: resistance)</source>
        <translation>Tabla de clases (ráster de cobertura del suelo; vacía: resistencia)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="84"/>
        <source>Habitat: resistance at most</source>
        <translation>Hábitat: resistencia como máximo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="90"/>
        <source>Criteria profile</source>
        <translation>Perfil de criterios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="100"/>
        <source>Append to the store&apos;s monitoring record</source>
        <translation>Agregar al registro de monitoreo del almacén</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="106"/>
        <source>Compare the two dates</source>
        <translation>Comparar las dos fechas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="107"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="118"/>
        <source>Open the change report</source>
        <translation>Abrir el informe de cambios</translation>
    </message>
</context>
</TS>
