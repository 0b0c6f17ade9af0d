<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>@default</name>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="57"/>
        <source>Feature {0} of layer &apos;{1}&apos; cannot be reprojected to {2}: {3}. Check the layer&apos;s CRS.</source>
        <translation>O elemento {0} da camada '{1}' não pode ser reprojetado para {2}: {3}. Verifique o SRC da camada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="251"/>
        <source>Corridor {0}</source>
        <translation>Corredor {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="101"/>
        <source>The corridors layer &apos;{0}&apos; must hold polygons; it holds {1}.</source>
        <translation>A camada de corredores '{0}' tem de conter polígonos; contém {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="107"/>
        <source>The corridors layer &apos;{0}&apos; has no features. Draw or load at least one corridor and run again.</source>
        <translation>A camada de corredores '{0}' não tem elementos. Desenhe ou carregue pelo menos um corredor e execute de novo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="203"/>
        <source>The least-cost paths layer &apos;{0}&apos; needs the fields core_a and core_b (as written by ccsg:leastcostcorridors).</source>
        <translation>A camada de caminhos de menor custo '{0}' precisa dos campos core_a e core_b (como escritos por ccsg:leastcostcorridors).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="73"/>
        <source>The raster layer &apos;{0}&apos; is not a file raster (provider {1}). Save it as a GeoTIFF (Export &gt; Save As...) and use that layer.</source>
        <translation>A camada raster '{0}' não é um raster em ficheiro (fornecedor {1}). Guarde-a como GeoTIFF (Exportar &gt; Guardar como...) e use essa camada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="200"/>
        <source>GDAL could not reproject the raster to {0}.</source>
        <translation>O GDAL não conseguiu reprojetar o raster para {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="69"/>
        <source>barriers</source>
        <translation>barreiras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="64"/>
        <source>cores</source>
        <translation>áreas núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="98"/>
        <source>{0} has no coordinate reference system. Set a projected CRS in metres in Project &gt; Properties &gt; CRS (for example a UTM zone or a national grid).</source>
        <translation>{0} não tem sistema de referência de coordenadas. Defina um SRC projetado em metros em Projeto &gt; Propriedades &gt; SRC (por exemplo uma zona UTM ou uma quadrícula nacional).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="101"/>
        <source>{0} uses the geographic CRS {1} (degrees), but corridor widths and areas are measured in metres. Pick a projected CRS in Project &gt; Properties &gt; CRS, for example a UTM zone or a national grid in metres, then try again.</source>
        <translation>{0} usa o SRC geográfico {1} (graus), mas as larguras e áreas dos corredores são medidas em metros. Escolha um SRC projetado em Projeto &gt; Propriedades &gt; SRC, por exemplo uma zona UTM ou uma quadrícula nacional em metros, e tente de novo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="208"/>
        <source>The project</source>
        <translation>O projeto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/files.py" line="68"/>
        <source>Could not create the corridor store {0}: {1}. Pick a folder you can write to.</source>
        <translation>Não foi possível criar o repositório de corredores {0}: {1}. Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/files.py" line="100"/>
        <source>Candidate corridors</source>
        <translation>Corredores candidatos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/files.py" line="102"/>
        <source>{0} is not a corridor store (no &apos;{1}&apos; table). Create a new store or pick another GeoPackage.</source>
        <translation>{0} não é um repositório de corredores (não tem a tabela '{1}'). Crie um repositório novo ou escolha outro GeoPackage.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/files.py" line="106"/>
        <source>The corridor store {0} lacks the fields {1}. Create a new store.</source>
        <translation>Ao repositório de corredores {0} faltam os campos {1}. Crie um repositório novo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="23"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="104"/>
        <source>The subtype must belong to the governance type (A-D).</source>
        <translation>O subtipo tem de pertencer ao tipo de governação (A-D).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="105"/>
        <source>Use &apos;permanent&apos; or a whole number of years.</source>
        <translation>Use 'permanent' ou um número inteiro de anos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="126"/>
        <source>CCSG candidate corridors</source>
        <translation>Corredores candidatos CCSG</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="41"/>
        <source>The corridor has no shape. Click at least three points, then right-click to finish.</source>
        <translation>O corredor não tem forma. Clique em pelo menos três pontos e depois clique com o botão direito para terminar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="43"/>
        <source>The corridor must be a polygon.</source>
        <translation>O corredor tem de ser um polígono.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="45"/>
        <source>The corridor polygon has zero area (its points lie on one line). Draw it again with at least three points that enclose an area.</source>
        <translation>O polígono do corredor tem área nula (os seus pontos estão numa linha). Desenhe-o de novo com pelo menos três pontos que delimitem uma área.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="48"/>
        <source>The corridor polygon crosses itself. Draw it again so that its outline does not cross, or split it into two corridors.</source>
        <translation>O polígono do corredor cruza-se a si próprio. Desenhe-o de novo de modo que o contorno não se cruze, ou divida-o em dois corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/drawing_checks.py" line="24"/>
        <source>The centre line needs at least two different points. Click the start, the bends and the end, then right-click to finish.</source>
        <translation>A linha central precisa de pelo menos dois pontos diferentes. Clique no início, nas curvas e no fim, e depois clique com o botão direito para terminar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/drawing_checks.py" line="27"/>
        <source>The corridor width is {0} m; it must be greater than 0. Type a width in metres in the Corridor designer panel.</source>
        <translation>A largura do corredor é {0} m; tem de ser maior do que 0. Escreva uma largura em metros no painel Desenho de corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/map_tools.py" line="141"/>
        <source>The corridor store {0} cannot be edited (read-only file?). Copy it to a folder you can write to and open the copy.</source>
        <translation>O repositório de corredores {0} não pode ser editado (ficheiro só de leitura?). Copie-o para uma pasta onde possa escrever e abra a cópia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/map_tools.py" line="152"/>
        <source>Add corridor</source>
        <translation>Adicionar corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="269"/>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="270"/>
        <source>(no status)</source>
        <translation>(sem estado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="282"/>
        <source>Pick a polygon layer to copy the corridors from.</source>
        <translation>Escolha uma camada de polígonos de onde copiar os corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="284"/>
        <source>The layer &apos;{0}&apos; has no polygons; pick the least-cost corridor polygons output.</source>
        <translation>A camada '{0}' não tem polígonos; escolha o resultado de polígonos dos corredores de menor custo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="288"/>
        <source>No corridor is selected in &apos;{0}&apos;. Select the corridors to copy on the map or in the attribute table.</source>
        <translation>Nenhum corredor está selecionado em '{0}'. Selecione os corredores a copiar no mapa ou na tabela de atributos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="308"/>
        <source>Least-cost corridor {0}</source>
        <comment> - </comment>
        <translation>Corredor de menor custo {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="312"/>
        <source>None of the selected features of &apos;{0}&apos; is a valid polygon.</source>
        <translation>Nenhum dos elementos selecionados de '{0}' é um polígono válido.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="314"/>
        <source>The corridor store {0} cannot be edited (read-only file?).</source>
        <translation>O repositório de corredores {0} não pode ser editado (ficheiro só de leitura?).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="316"/>
        <source>Add least-cost corridors</source>
        <translation>Adicionar corredores de menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="320"/>
        <source>The corridors could not be added to {0}.</source>
        <translation>Não foi possível adicionar os corredores a {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="49"/>
        <source>Core areas</source>
        <translation>Áreas núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="166"/>
        <source>Resistance</source>
        <translation>Resistência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/demo.py" line="63"/>
        <source>The demo file {0} could not be opened in {1}.</source>
        <translation>Não foi possível abrir o ficheiro de demonstração {0} em {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="71"/>
        <source>pass</source>
        <translation>cumpre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="72"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="73"/>
        <source>fail</source>
        <translation>não cumpre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="74"/>
        <source>not evaluated</source>
        <translation>não avaliado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="79"/>
        <source>required</source>
        <translation>obrigatório</translation>
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
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="209"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="143"/>
        <source>No width profile (the corridor axis could not be traced).</source>
        <translation>Sem perfil de largura (não foi possível traçar o eixo do corredor).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="159"/>
        <source>Width profile</source>
        <translation>Perfil de largura</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="160"/>
        <source>distance along the corridor (km)</source>
        <translation>distância ao longo do corredor (km)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="161"/>
        <source>width (m)</source>
        <translation>largura (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="196"/>
        <source>minimum width {0} m</source>
        <translation>largura mínima {0} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="66"/>
        <source>Criterion</source>
        <translation>Critério</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.py" line="124"/>
        <source>Level</source>
        <translation>Nível</translation>
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
        <translation>Limiar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="218"/>
        <source>Why</source>
        <translation>Porquê</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="218"/>
        <source>Source of the threshold</source>
        <translation>Fonte do limiar</translation>
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
        <translation>estradas e barreiras (linhas pretas), passagens de fauna (azul)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="283"/>
        <source>problem locations (numbered as in the table)</source>
        <translation>locais com problemas (numerados como na tabela)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="307"/>
        <source>At least one required (IUCN definitional) criterion fails.</source>
        <translation>Pelo menos um critério obrigatório (de definição da UICN) não é cumprido.</translation>
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
        <translation>Sem imagem de mapa (o corredor não tem geometria utilizável).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="325"/>
        <source>Marked on the map</source>
        <translation>Marcado no mapa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="332"/>
        <source>IUCN guideline checks (from the definition of an ecological corridor)</source>
        <translation>Verificações das diretrizes da UICN (da definição de corredor ecológico)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="333"/>
        <source>These follow from the definition in Hilty et al. (2020), IUCN Best Practice Protected Area Guidelines Series No. 30: a clearly defined space, governed and managed over the long term, to maintain or restore effective connectivity.</source>
        <translation>Decorrem da definição de Hilty et al. (2020), Série de Diretrizes de Boas Práticas para Áreas Protegidas da UICN n.º 30: um espaço claramente definido, governado e gerido a longo prazo para manter ou restaurar uma conectividade eficaz.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="356"/>
        <source>None in this profile.</source>
        <translation>Nenhum neste perfil.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="345"/>
        <source>Design criteria (thresholds from the literature or design defaults)</source>
        <translation>Critérios de desenho (limiares da literatura ou valores predefinidos de desenho)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="346"/>
        <source>The IUCN guidelines give no universal numbers for width, length or gaps. Each threshold below comes from the source named beside it and can be changed in the profile.</source>
        <translation>As diretrizes da UICN não dão números universais de largura, comprimento ou descontinuidades. Cada limiar abaixo vem da fonte indicada ao lado e pode ser alterado no perfil.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="358"/>
        <source>Width along the corridor</source>
        <translation>Largura ao longo do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="363"/>
        <source>Documented attributes</source>
        <translation>Atributos documentados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="364"/>
        <source>No attributes are filled in for this corridor.</source>
        <translation>Não há atributos preenchidos para este corredor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="390"/>
        <source>Corridor guideline check</source>
        <translation>Verificação das diretrizes do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="393"/>
        <source>Made with the CCSG Corridor Toolkit on {0}</source>
        <translation>Feito com o CCSG Corridor Toolkit em {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="394"/>
        <source>Only the checks listed under &apos;IUCN guideline checks&apos; follow from the IUCN definition of an ecological corridor. All numeric thresholds come from the named literature or are design defaults of this toolkit; they are not IUCN rules.</source>
        <translation>Só as verificações listadas em 'Verificações das diretrizes da UICN' decorrem da definição de corredor ecológico da UICN. Todos os limiares numéricos vêm da literatura indicada ou são valores predefinidos de desenho desta ferramenta; não são regras da UICN.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="406"/>
        <source>Summary</source>
        <translation>Resumo</translation>
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
        <translation>Critérios obrigatórios não cumpridos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="412"/>
        <source>Criteria failed or warned</source>
        <translation>Critérios não cumpridos ou com aviso</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="443"/>
        <source>Criteria profile</source>
        <translation>Perfil de critérios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="444"/>
        <source>No profile information.</source>
        <translation>Sem informação do perfil.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="445"/>
        <source>Data used</source>
        <translation>Dados usados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="446"/>
        <source>No data layers.</source>
        <translation>Sem camadas de dados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/demo_action.py" line="37"/>
        <source>Demo project</source>
        <translation>Projeto de demonstração</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/demo_action.py" line="37"/>
        <source>Demo project loaded and saved as {0}</source>
        <translation>Projeto de demonstração carregado e guardado como {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="17"/>
        <source>Amphibians</source>
        <translation>Anfíbios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="18"/>
        <source>Pond-to-upland links for amphibians: 50 m width, 30 m gaps, any paved road severs.</source>
        <translation>Ligações entre charcos e terras altas para anfíbios: 50 m de largura, descontinuidades de 30 m, qualquer estrada pavimentada corta.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="19"/>
        <source>Climate adaptation</source>
        <translation>Adaptação ao clima</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="20"/>
        <source>Widen corridors for long-lived, climate-driven functions and require a gradient between the cores.</source>
        <translation>Alargar os corredores para funções duradouras ligadas ao clima e exigir um gradiente entre os núcleos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="21"/>
        <source>Forest birds and small mammals</source>
        <translation>Aves florestais e pequenos mamíferos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="22"/>
        <source>Forest-dependent birds and small mammals: narrower corridors, small habitat gaps; the habitat graph test is the key check.</source>
        <translation>Aves e pequenos mamíferos dependentes da floresta: corredores mais estreitos, pequenas descontinuidades de habitat; o teste do grafo de habitat é a verificação-chave.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="23"/>
        <source>Freshwater, riverine</source>
        <translation>Água doce, ribeirinho</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="24"/>
        <source>River reaches with their floodplain: longitudinal barriers, lateral floodplain share, riparian buffers.</source>
        <translation>Troços de rio com a sua planície de inundação: barreiras longitudinais, proporção de planície de inundação lateral, faixas ribeirinhas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="25"/>
        <source>Large carnivore</source>
        <translation>Grande carnívoro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="26"/>
        <source>Wide-ranging carnivores: 2 km minimum width, stricter road density, severance blocking, length against dispersal enforced.</source>
        <translation>Carnívoros de grande amplitude: 2 km de largura mínima, densidade de estradas mais estrita, corte bloqueante, comprimento face à dispersão exigido.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="27"/>
        <source>Marine network</source>
        <translation>Rede marinha</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="28"/>
        <source>Networks of marine protected components: alongshore span and spacing set by adult movement and larval dispersal.</source>
        <translation>Redes de componentes marinhos protegidos: extensão ao longo da costa e espaçamento definidos pelo movimento dos adultos e pela dispersão larvar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="29"/>
        <source>Terrestrial, multi-species (default)</source>
        <translation>Terrestre, multiespécies (predefinido)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="30"/>
        <source>Multi-species terrestrial linkage. Width 2 km after Beier 2019; gaps, edges and footprint thresholds are literature values or design defaults. Only the definitional checks are IUCN guideline checks.</source>
        <translation>Ligação terrestre multiespécies. Largura de 2 km segundo Beier 2019; os limiares de descontinuidades, bordas e pegada humana são valores da literatura ou valores predefinidos de desenho. Só as verificações de definição são verificações das diretrizes da UICN.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="31"/>
        <source>Clearly bounded space</source>
        <translation>Espaço claramente delimitado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="32"/>
        <source>Links at least two cores</source>
        <translation>Liga pelo menos dois núcleos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="33"/>
        <source>Not simply part of one core</source>
        <translation>Não é simplesmente parte de um núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="34"/>
        <source>Connectivity objective stated</source>
        <translation>Objetivo de conectividade declarado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="35"/>
        <source>Governance type and authority</source>
        <translation>Tipo e autoridade de governação</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="36"/>
        <source>Management plan or mechanism</source>
        <translation>Plano ou mecanismo de gestão</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="37"/>
        <source>Long-term commitment</source>
        <translation>Compromisso a longo prazo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="38"/>
        <source>Effectiveness monitored</source>
        <translation>Eficácia monitorizada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="39"/>
        <source>Minimum width</source>
        <translation>Largura mínima</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="158"/>
        <source>Pinch points</source>
        <translation>Estrangulamentos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="42"/>
        <source>Length against dispersal distance</source>
        <translation>Comprimento face à distância de dispersão</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="43"/>
        <source>Wider when longer</source>
        <translation>Mais largo quando mais longo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="44"/>
        <source>Habitat continuity (largest gap)</source>
        <translation>Continuidade do habitat (maior descontinuidade)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="45"/>
        <source>Stepping-stone spacing</source>
        <translation>Espaçamento dos trampolins ecológicos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="46"/>
        <source>Natural habitat share</source>
        <translation>Proporção de habitat natural</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="47"/>
        <source>Interior beyond edge influence</source>
        <translation>Interior fora da influência da borda</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="48"/>
        <source>Holds the least-cost path</source>
        <translation>Contém o caminho de menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="49"/>
        <source>Cost efficiency of the route inside</source>
        <translation>Eficiência de custo do percurso interior</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="50"/>
        <source>Climate / elevation gradient</source>
        <translation>Gradiente climático / de altitude</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="52"/>
        <source>Riparian zones included</source>
        <translation>Zonas ribeirinhas incluídas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="53"/>
        <source>Share already protected</source>
        <translation>Proporção já protegida</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="54"/>
        <source>Not severed by barriers</source>
        <translation>Não cortado por barreiras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="55"/>
        <source>Crossing structures on severing barriers</source>
        <translation>Passagens de fauna nas barreiras que cortam</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="56"/>
        <source>Road density</source>
        <translation>Densidade de estradas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="57"/>
        <source>Built-up land in and around</source>
        <translation>Área construída dentro e à volta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="58"/>
        <source>Artificial light at night</source>
        <translation>Luz artificial noturna</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="59"/>
        <source>River barriers (longitudinal)</source>
        <translation>Barreiras fluviais (longitudinais)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="60"/>
        <source>Floodplain included (lateral)</source>
        <translation>Planície de inundação incluída (lateral)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="61"/>
        <source>Alongshore span</source>
        <translation>Extensão ao longo da costa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="62"/>
        <source>Spacing to the next protected component</source>
        <translation>Espaçamento até ao componente protegido seguinte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="63"/>
        <source>Seasonal regime documented</source>
        <translation>Regime sazonal documentado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="90"/>
        <source>CCSG Corridors</source>
        <translation>Corredores CCSG</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="96"/>
        <source>Load demo project</source>
        <translation>Carregar projeto de demonstração</translation>
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
        <translation>O projeto ainda não está guardado, por isso não há pasta onde pôr os resultados. Guarde o projeto (Projeto &gt; Guardar) ou escolha uma pasta em 'Guardar em'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="219"/>
        <source>The result file {0} could not be opened.</source>
        <translation>Não foi possível abrir o ficheiro de resultados {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="150"/>
        <source>{0}: {1}{2}</source>
        <translation>{0}: {1}{2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="144"/>
        <source> (a required criterion fails)</source>
        <translation> (um critério obrigatório não é cumprido)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="250"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="251"/>
        <source>Loaded from</source>
        <translation>Carregado de</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="112"/>
        <source>Realm</source>
        <translation>Meio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="255"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="257"/>
        <source>Modifiers applied</source>
        <translation>Modificadores aplicados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="259"/>
        <source>Home-range width of the focal species (m)</source>
        <translation>Largura da área de vida da espécie focal (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="260"/>
        <source>Longest dispersal distance (m)</source>
        <translation>Maior distância de dispersão (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="261"/>
        <source>Largest habitat gap crossed (m)</source>
        <translation>Maior descontinuidade de habitat atravessada (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="264"/>
        <source>Habitat classes</source>
        <translation>Classes de habitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="266"/>
        <source>Source of {0}</source>
        <translation>Fonte de {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="314"/>
        <source>Corridor guideline check: {0}</source>
        <translation>Verificação das diretrizes do corredor: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="331"/>
        <source>profile id &apos;{0}&apos;</source>
        <translation>id de perfil '{0}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/doctor_inputs.py" line="40"/>
        <source>no CRS</source>
        <translation>sem SRC</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/doctor_inputs.py" line="197"/>
        <source>Checking the least-cost inputs</source>
        <translation>A verificar as entradas de menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="84"/>
        <source>The raster layer &apos;{0}&apos; cannot be read as a file ({1}); save it as a GeoTIFF first.</source>
        <translation>A camada raster '{0}' não pode ser lida como ficheiro ({1}); guarde-a primeiro como GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="71"/>
        <source>The raster layer could not be opened.</source>
        <translation>Não foi possível abrir a camada raster.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="134"/>
        <source>The raster layer &apos;{0}&apos; has no band {1}.</source>
        <translation>A camada raster '{0}' não tem a banda {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/raster_io.py" line="123"/>
        <source>The raster layer &apos;{0}&apos; is rotated or not north-up; warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>A camada raster '{0}' está rodada ou não orientada a norte; reprojete-a primeiro para uma grelha orientada a norte (Raster &gt; Projeções &gt; Reprojetar (warp)).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="112"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos;.</source>
        <translation>A camada '{0}' não tem o campo '{1}'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rasterize.py" line="144"/>
        <source>A feature of &apos;{0}&apos; has no value in the core id field &apos;{1}&apos;; fill it in.</source>
        <translation>Um elemento de '{0}' não tem valor no campo de id de núcleo '{1}'; preencha-o.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="323"/>
        <source>0 (source)</source>
        <translation>0 (origem)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="63"/>
        <source>The layer &apos;{0}&apos; has no coordinate reference system; set its CRS (Layer Properties &gt; Source) to the projected CRS it was made in.</source>
        <translation>A camada '{0}' não tem sistema de referência de coordenadas; defina (Propriedades da camada &gt; Fonte) o SRC projetado em que foi criada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="84"/>
        <source>e.g. with Raster &gt; Projections &gt; Warp (Reproject)</source>
        <translation>p. ex. com Raster &gt; Projeções &gt; Reprojetar (warp)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="86"/>
        <source>e.g. with Vector &gt; Data Management &gt; Reproject</source>
        <translation>p. ex. com Vetor &gt; Gestão de dados &gt; Reprojetar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/crs.py" line="87"/>
        <source>The layer &apos;{0}&apos; is in a geographic CRS ({1}, degrees); reproject it to a projected CRS in metres, {2}.</source>
        <translation>A camada '{0}' está num SRC geográfico ({1}, graus); reprojete-a para um SRC projetado em metros, {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="21"/>
        <source>The layer &apos;{0}&apos; has no features; choose a layer that holds them.</source>
        <translation>A camada '{0}' não tem elementos; escolha uma camada que os tenha.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="27"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos;; choose its core id field.</source>
        <translation>A camada '{0}' não tem o campo '{1}'; escolha o seu campo de id de núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="30"/>
        <source>Some features of &apos;{0}&apos; have no value in the core id field &apos;{1}&apos;; give every core an id.</source>
        <translation>Alguns elementos de '{0}' não têm valor no campo de id de núcleo '{1}'; dê um id a cada núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="36"/>
        <source>The core id field &apos;{0}&apos; of &apos;{1}&apos; repeats the ids {2}; give every core its own id (or dissolve the features of one core first).</source>
        <translation>O campo de id de núcleo '{0}' de '{1}' repete os ids {2}; dê a cada núcleo o seu próprio id (ou dissolva primeiro os elementos de um mesmo núcleo).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="108"/>
        <source>The raster &apos;{0}&apos; holds only NoData cells; choose the right band or file.</source>
        <translation>O raster '{0}' só contém células NoData; escolha a banda ou o ficheiro certo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="98"/>
        <source>The resistance raster &apos;{0}&apos; has {1} cells with zero or negative resistance (lowest {2}); resistance must be positive: set them to a positive value, or to NoData where movement is impossible (Raster Calculator or Reclassify).</source>
        <translation>O raster de resistência '{0}' tem {1} células com resistência nula ou negativa (mínimo {2}); a resistência tem de ser positiva: dê-lhes um valor positivo, ou NoData onde o movimento é impossível (Calculadora raster ou Reclassificar).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="108"/>
        <source>The layer &apos;{0}&apos; has no features with a geometry.</source>
        <translation>A camada '{0}' não tem elementos com geometria.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="112"/>
        <source>The cores {0} of &apos;{1}&apos; lie outside the raster &apos;{2}&apos;; clip or remove them, or use a raster that covers them.</source>
        <comment>, </comment>
        <translation>Os núcleos {0} de '{1}' estão fora do raster '{2}'; recorte-os ou remova-os, ou use um raster que os cubra.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="118"/>
        <source>The cores {0} of &apos;{1}&apos; lie entirely on NoData cells of &apos;{2}&apos;; give those cells a resistance or remove the cores.</source>
        <comment>, </comment>
        <translation>Os núcleos {0} de '{1}' estão inteiramente sobre células NoData de '{2}'; dê uma resistência a essas células ou remova os núcleos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="126"/>
        <source>No feature of &apos;{0}&apos; lies on the raster &apos;{1}&apos;; use features inside the raster&apos;s extent.</source>
        <translation>Nenhum elemento de '{0}' está sobre o raster '{1}'; use elementos dentro da extensão do raster.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="131"/>
        <source>The features of &apos;{0}&apos; lie only on NoData cells of &apos;{1}&apos;; move them onto cells with a resistance.</source>
        <translation>Os elementos de '{0}' só estão sobre células NoData de '{1}'; mova-os para células com resistência.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="45"/>
        <source>The output file {0} already exists; choose another name or delete it first (the toolkit never overwrites files).</source>
        <translation>O ficheiro de saída {0} já existe; escolha outro nome ou apague-o primeiro (a ferramenta nunca substitui ficheiros).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="66"/>
        <source>Flat</source>
        <translation>Planas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="67"/>
        <source>Round</source>
        <translation>Arredondadas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="165"/>
        <source>Store: {0}</source>
        <translation>Repositório: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="170"/>
        <source>No store yet: create one next to the project, or open one.</source>
        <translation>Ainda não há repositório: crie um junto ao projeto ou abra um.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="118"/>
        <source>Corridor designer</source>
        <translation>Desenho de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="214"/>
        <source>New corridor store</source>
        <translation>Novo repositório de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="221"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="221"/>
        <source>Open corridor store</source>
        <translation>Abrir repositório de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="299"/>
        <source>Create or open a corridor store first (New store… / Open store…).</source>
        <translation>Primeiro crie ou abra um repositório de corredores (Novo repositório… / Abrir repositório…).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="418"/>
        <source>Corridors saved to {0}</source>
        <translation>Corredores guardados em {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="436"/>
        <source>{0} least-cost corridors copied into the store as candidates ({1} = {2}).</source>
        <translation>{0} corredores de menor custo copiados para o repositório como candidatos ({1} = {2}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/map_tools.py" line="114"/>
        <source>Create or open a corridor store in the Corridor designer panel first.</source>
        <translation>Primeiro crie ou abra um repositório de corredores no painel Desenho de corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/map_tools.py" line="173"/>
        <source>A corridor polygon needs at least three points; {0} were clicked. Click the outline, then right-click to finish.</source>
        <translation>Um polígono de corredor precisa de pelo menos três pontos; foram clicados {0}. Clique no contorno e depois clique com o botão direito para terminar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="104"/>
        <source>Corridor id</source>
        <translation>Id do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="105"/>
        <source>Your identifier for this corridor (free text).</source>
        <translation>O seu identificador para este corredor (texto livre).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="106"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="107"/>
        <source>Name of the corridor.</source>
        <translation>Nome do corredor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="108"/>
        <source>Connectivity objective</source>
        <translation>Objetivo de conectividade</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="109"/>
        <source>What connectivity the corridor maintains or restores, and for whom.</source>
        <translation>Que conectividade o corredor mantém ou restaura, e para quem.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="110"/>
        <source>Target species / processes</source>
        <translation>Espécies / processos-alvo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="111"/>
        <source>Focal species (taxon names) or ecological processes, separated by &apos;;&apos;.</source>
        <translation>Espécies focais (nomes de taxones) ou processos ecológicos, separados por ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="113"/>
        <source>Terrestrial, freshwater, marine or mixed (WDPA MARINE 0/1/2).</source>
        <translation>Terrestre, água doce, marinho ou misto (WDPA MARINE 0/1/2).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="118"/>
        <source>Governance type</source>
        <translation>Tipo de governação</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="119"/>
        <source>IUCN governance type A-D.</source>
        <translation>Tipo de governação da UICN A-D.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="120"/>
        <source>A - Governance by government</source>
        <translation>A - Governação pelo governo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="121"/>
        <source>B - Shared governance</source>
        <translation>B - Governação partilhada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="122"/>
        <source>C - Private governance</source>
        <translation>C - Governação privada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="123"/>
        <source>D - Governance by Indigenous peoples and local communities</source>
        <translation>D - Governação por povos indígenas e comunidades locais</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="124"/>
        <source>Not Reported</source>
        <translation>Não reportado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="125"/>
        <source>Governance subtype</source>
        <translation>Subtipo de governação</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="126"/>
        <source>WDPA GOV_TYPE; must belong to the governance type (A: agencies, B: shared, C: private, D: Indigenous peoples / local communities).</source>
        <translation>GOV_TYPE da WDPA; tem de pertencer ao tipo de governação (A: organismos, B: partilhada, C: privada, D: povos indígenas / comunidades locais).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="138"/>
        <source>Governance authority</source>
        <translation>Autoridade de governação</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="139"/>
        <source>Body or bodies that make decisions.</source>
        <translation>Órgão ou órgãos que tomam as decisões.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="140"/>
        <source>Management authority</source>
        <translation>Autoridade de gestão</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="141"/>
        <source>WDPA MANG_AUTH equivalent, or &apos;Not Reported&apos;.</source>
        <translation>Equivalente a MANG_AUTH da WDPA, ou 'Not Reported'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="142"/>
        <source>Management plan</source>
        <translation>Plano de gestão</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="143"/>
        <source>WDPA MANG_PLAN equivalent: URL or reference (&apos;Not Reported&apos; fails the &apos;managed&apos; check).</source>
        <translation>Equivalente a MANG_PLAN da WDPA: URL ou referência ('Not Reported' não cumpre a verificação 'gerido').</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="144"/>
        <source>Management mechanism</source>
        <translation>Mecanismo de gestão</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="145"/>
        <source>Other management mechanism, when there is no management plan.</source>
        <translation>Outro mecanismo de gestão, quando não há plano de gestão.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="146"/>
        <source>Ownership type</source>
        <translation>Tipo de propriedade</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="147"/>
        <source>WDPA OWN_TYPE.</source>
        <translation>OWN_TYPE da WDPA.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="153"/>
        <source>Legal mechanism</source>
        <translation>Mecanismo legal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="154"/>
        <source>The legal or other effective means of long-term commitment.</source>
        <translation>O meio legal ou outro meio eficaz de compromisso a longo prazo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="163"/>
        <source>Stage of designation (WDPA STATUS).</source>
        <translation>Fase da designação (STATUS da WDPA).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="169"/>
        <source>Status year</source>
        <translation>Ano do estado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="170"/>
        <source>Year the status was reached (4 digits).</source>
        <translation>Ano em que o estado foi alcançado (4 dígitos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="171"/>
        <source>Commitment duration</source>
        <translation>Duração do compromisso</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="172"/>
        <source>&apos;permanent&apos; or a whole number of years.</source>
        <translation>'permanent' ou um número inteiro de anos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="173"/>
        <source>Monitoring plan</source>
        <translation>Plano de monitorização</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="174"/>
        <source>Text or URL of the monitoring plan.</source>
        <translation>Texto ou URL do plano de monitorização.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="175"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="176"/>
        <source>Monitoring indicators, separated by &apos;;&apos;.</source>
        <translation>Indicadores de monitorização, separados por ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="177"/>
        <source>Last assessment</source>
        <translation>Última avaliação</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="178"/>
        <source>Date of the last effectiveness assessment.</source>
        <translation>Data da última avaliação da eficácia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="179"/>
        <source>Connectivity type</source>
        <translation>Tipo de conectividade</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="180"/>
        <source>Structural, functional or both.</source>
        <translation>Estrutural, funcional ou ambas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="184"/>
        <source>Corridor form</source>
        <translation>Forma do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="185"/>
        <source>Continuous, stepping stones or landscape mosaic.</source>
        <translation>Contínuo, trampolins ecológicos ou mosaico de paisagem.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="189"/>
        <source>Corridor functions</source>
        <translation>Funções do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="190"/>
        <source>Intended functions (Hess &amp; Fischer 2001), one or more, separated by &apos;;&apos;.</source>
        <translation>Funções previstas (Hess e Fischer 2001), uma ou várias, separadas por ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="197"/>
        <source>Temporal regime</source>
        <translation>Regime temporal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="198"/>
        <source>Permanent, seasonal or dynamic.</source>
        <translation>Permanente, sazonal ou dinâmico.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="202"/>
        <source>Active months</source>
        <translation>Meses ativos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="203"/>
        <source>For seasonal corridors: months 1-12, separated by &apos;;&apos;.</source>
        <translation>Para corredores sazonais: meses 1-12, separados por ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="204"/>
        <source>Rightsholders engaged</source>
        <translation>Titulares de direitos envolvidos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="205"/>
        <source>Indigenous peoples, local communities and stakeholders engaged, separated by &apos;;&apos;.</source>
        <translation>Povos indígenas, comunidades locais e partes interessadas envolvidos, separados por ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="206"/>
        <source>FPIC</source>
        <translation>CLPI</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="207"/>
        <source>Free, prior and informed consent obtained.</source>
        <translation>Consentimento livre, prévio e informado obtido.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="211"/>
        <source>Transboundary</source>
        <translation>Transfronteiriço</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="212"/>
        <source>The corridor crosses a jurisdictional boundary.</source>
        <translation>O corredor atravessa um limite jurisdicional.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="213"/>
        <source>Design method</source>
        <translation>Método de desenho</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="214"/>
        <source>How the corridor was delineated.</source>
        <translation>Como o corredor foi delimitado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="219"/>
        <source>Verification</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="220"/>
        <source>WDPA VERIF.</source>
        <translation>VERIF da WDPA.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="223"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="224"/>
        <source>Free notes.</source>
        <translation>Notas livres.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="225"/>
        <source>Centre line (WKT)</source>
        <translation>Linha central (WKT)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="226"/>
        <source>Centre line the corridor was drawn from (map CRS); empty for a drawn polygon.</source>
        <translation>Linha central a partir da qual o corredor foi desenhado (SRC do mapa); vazia para um polígono desenhado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="227"/>
        <source>Drawn width (m)</source>
        <translation>Largura desenhada (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="228"/>
        <source>Width used to buffer the centre line, metres.</source>
        <translation>Largura usada para o buffer da linha central, em metros.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="229"/>
        <source>End style</source>
        <translation>Tipo de extremidades</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="230"/>
        <source>Ends of the buffered centre line: flat or round.</source>
        <translation>Extremidades da linha central com buffer: planas ou arredondadas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="233"/>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="234"/>
        <source>Computed on save: polygon area in hectares.</source>
        <translation>Calculada ao guardar: área do polígono em hectares.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="235"/>
        <source>Length (m)</source>
        <translation>Comprimento (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="236"/>
        <source>Computed on save: length of the centre line, or the longest straight span of the polygon.</source>
        <translation>Calculado ao guardar: comprimento da linha central, ou o maior troço reto do polígono.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="237"/>
        <source>Minimum width (m)</source>
        <translation>Largura mínima (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="238"/>
        <source>Computed on save: the largest width for which the corridor, shrunk by half of it, still joins its two linked cores (0 when it does not join two cores).</source>
        <translation>Calculada ao guardar: a maior largura para a qual o corredor, reduzido em metade dessa largura, ainda liga os seus dois núcleos ligados (0 quando não liga dois núcleos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="239"/>
        <source>Connected core ids</source>
        <translation>Ids dos núcleos ligados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="240"/>
        <source>Computed on save: ids of the cores the corridor touches, separated by &apos;;&apos;.</source>
        <translation>Calculado ao guardar: ids dos núcleos em que o corredor toca, separados por ';'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="284"/>
        <source>Check corridors against guideline criteria</source>
        <translation>Verificar corredores segundo os critérios das diretrizes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="285"/>
        <source>Corridor guidelines</source>
        <translation>Diretrizes de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="316"/>
        <source>Least-cost connectivity</source>
        <translation>Conectividade de menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="178"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="105"/>
        <source>Corridors (polygons)</source>
        <translation>Corredores (polígonos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="104"/>
        <source>Criteria profile (bundled id, user profile id or JSON file)</source>
        <translation>Perfil de critérios (id incluído, id de perfil do utilizador ou ficheiro JSON)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="115"/>
        <source>Cores / protected areas</source>
        <translation>Áreas núcleo / áreas protegidas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="120"/>
        <source>Land cover raster (class codes)</source>
        <translation>Raster de cobertura do solo (códigos de classe)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="120"/>
        <source>Habitat raster (1 = habitat, or class codes)</source>
        <translation>Raster de habitat (1 = habitat, ou códigos de classe)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="61"/>
        <source>Resistance raster</source>
        <translation>Raster de resistência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="126"/>
        <source>Roads and other linear barriers</source>
        <translation>Estradas e outras barreiras lineares</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="131"/>
        <source>Crossing structures (points)</source>
        <translation>Passagens de fauna (pontos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="136"/>
        <source>Elevation (DEM)</source>
        <translation>Altitude (MDE)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="137"/>
        <source>Least-cost paths (core_a, core_b fields, from ccsg:leastcostcorridors)</source>
        <translation>Caminhos de menor custo (campos core_a, core_b, de ccsg:leastcostcorridors)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="146"/>
        <source>Checked corridors</source>
        <translation>Corredores verificados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="149"/>
        <source>Report (HTML)</source>
        <translation>Relatório (HTML)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="116"/>
        <source>HTML files (*.html)</source>
        <translation>Ficheiros HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="161"/>
        <source>Overall status per corridor (JSON)</source>
        <translation>Estado global por corredor (JSON)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="241"/>
        <source>Choose a corridors layer (polygons).</source>
        <translation>Escolha uma camada de corredores (polígonos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="293"/>
        <source>The check was cancelled; nothing was written.</source>
        <translation>A verificação foi cancelada; nada foi escrito.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="363"/>
        <source>Report written to {0}</source>
        <translation>Relatório escrito em {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="78"/>
        <source>Corridors</source>
        <translation>Corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Land cover</source>
        <translation>Cobertura do solo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Habitat</source>
        <translation>Habitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Roads and barriers</source>
        <translation>Estradas e barreiras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Crossing structures</source>
        <translation>Passagens de fauna</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="97"/>
        <source>Least-cost paths</source>
        <translation>Caminhos de menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="68"/>
        <source>The folder {0} already holds a corridor run ({1}); choose an empty folder.</source>
        <translation>A pasta {0} já contém uma execução de corredores ({1}); escolha uma pasta vazia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="154"/>
        <source>The folder {0} holds no {1}; choose the cost-distance folder written by Least-cost corridors.</source>
        <translation>A pasta {0} não contém {1}; escolha a pasta de custo-distância escrita por Corredores de menor custo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="165"/>
        <source>The file {0} is not a corridor run this version can read.</source>
        <translation>O ficheiro {0} não é uma execução de corredores que esta versão consiga ler.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="188"/>
        <source>The cost-distance raster {0} is missing; run the corridors again.</source>
        <translation>Falta o raster de custo-distância {0}; execute de novo os corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="115"/>
        <source>cost units</source>
        <translation>unidades de custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="135"/>
        <source>Presets…</source>
        <translation>Predefinições…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="102"/>
        <source>No resistance: this class takes the default, or is impassable without one.</source>
        <translation>Sem resistência: esta classe recebe o valor predefinido, ou é intransponível se não houver.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="104"/>
        <source>Found in the land-cover raster but not in the table. </source>
        <translation>Está no raster de cobertura do solo mas não na tabela. </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="120"/>
        <source>Least-cost analysis</source>
        <translation>Análise de menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="135"/>
        <source>Load class table</source>
        <translation>Carregar tabela de classes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="135"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Ficheiros CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_class_table.py" line="140"/>
        <source>Save class table</source>
        <translation>Guardar tabela de classes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="60"/>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="343"/>
        <source>The input check failed: {0}</source>
        <translation>A verificação das entradas falhou: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="343"/>
        <source>Check the layers; the run itself will report any problem.</source>
        <translation>Verifique as camadas; a própria execução indicará qualquer problema.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="359"/>
        <source>Fix the errors listed under &apos;Input check&apos;, then run again.</source>
        <translation>Corrija os erros listados em 'Verificação das entradas' e execute de novo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="392"/>
        <source>Pick the resistance and the core areas to check them.</source>
        <translation>Escolha a resistência e as áreas núcleo para as verificar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="420"/>
        <source>Re-cut corridors</source>
        <translation>Recortar corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="91"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="421"/>
        <source>Only the width cutoff changed: the corridors are re-cut from the kept cost distances.</source>
        <translation>Só o limiar de largura mudou: os corredores são recortados de novo a partir dos custo-distância guardados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="421"/>
        <source>Fix the errors under &apos;Input check&apos; first.</source>
        <translation>Corrija primeiro os erros em 'Verificação das entradas'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="437"/>
        <source>Pick the core areas layer and its id field.</source>
        <translation>Escolha a camada de áreas núcleo e o seu campo de id.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="460"/>
        <source>Pick the land-cover raster.</source>
        <translation>Escolha o raster de cobertura do solo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="470"/>
        <source>Pick the resistance raster.</source>
        <translation>Escolha o raster de resistência.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="485"/>
        <source>Checking the inputs…</source>
        <translation>A verificar as entradas…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="84"/>
        <source>Least-cost analysis {0} (width {1:g}{2})</source>
        <translation>Análise de menor custo {0} (largura {1:g}{2})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="32"/>
        <source>Least-cost analysis {0}</source>
        <translation>Análise de menor custo {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="111"/>
        <source>Building the resistance raster from land cover</source>
        <translation>A construir o raster de resistência a partir da cobertura do solo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="111"/>
        <source>Resistance (from land cover)</source>
        <translation>Resistência (da cobertura do solo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="131"/>
        <source>Cost distances and corridors</source>
        <translation>Custo-distância e corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="100"/>
        <source>Least-cost corridors between the cores of &apos;{0}&apos; (CCSG Corridor Toolkit).</source>
        <translation>Corredores de menor custo entre os núcleos de '{0}' (CCSG Corridor Toolkit).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="80"/>
        <source>Corridor polygons</source>
        <translation>Polígonos de corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="42"/>
        <source>Corridors (normalised cost)</source>
        <translation>Corredores (custo normalizado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="204"/>
        <source>Re-cutting the corridors from the kept cost distances</source>
        <translation>A recortar os corredores a partir dos custo-distância guardados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="201"/>
        <source>Corridors re-cut to a new width from the cost distances of {0}.</source>
        <translation>Corredores recortados para uma nova largura a partir dos custo-distância de {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="251"/>
        <source>Cancelled: nothing was added or kept.</source>
        <translation>Cancelado: nada foi adicionado nem guardado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="535"/>
        <source>Re-cutting failed ({0}); running the whole analysis.</source>
        <translation>O recorte falhou ({0}); a executar a análise completa.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="536"/>
        <source>The kept cost distances cannot give this width; running everything.</source>
        <translation>Os custo-distância guardados não podem dar esta largura; a executar tudo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="253"/>
        <source>The run failed: {0}</source>
        <translation>A execução falhou: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="566"/>
        <source>Corridors re-cut</source>
        <translation>Corredores recortados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="566"/>
        <source>Full run</source>
        <translation>Execução completa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="567"/>
        <source>{0} in {1:.1f} s: {2} least-cost paths, {3} corridor polygons, in the group &apos;{4}&apos;. Files: {5}</source>
        <translation>{0} em {1:.1f} s: {2} caminhos de menor custo, {3} polígonos de corredor, no grupo '{4}'. Ficheiros: {5}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="130"/>
        <source>Run the analysis first: there are no least-cost paths to pick.</source>
        <translation>Execute primeiro a análise: não há caminhos de menor custo para escolher.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="196"/>
        <source>{0} corridor(s) added to the candidate corridors ({1}).</source>
        <translation>
            <numerusform>{0} corredor adicionado aos corredores candidatos ({1}).</numerusform>
            <numerusform>{0} corredores adicionados aos corredores candidatos ({1}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="100"/>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="125"/>
        <source>Step {0} of {1}: {2}</source>
        <translation>Passo {0} de {1}: {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="138"/>
        <source>The Processing algorithm {0} is not available.</source>
        <translation>O algoritmo de processamento {0} não está disponível.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="228"/>
        <source>The algorithm failed without a message; see the Processing log.</source>
        <translation>O algoritmo falhou sem mensagem; veja o registo do processamento.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="17"/>
        <source>Home-range width of the focal species</source>
        <translation>Largura da área de vida da espécie focal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="17"/>
        <source>Longest dispersal distance</source>
        <translation>Maior distância de dispersão</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="17"/>
        <source>Largest habitat gap crossed</source>
        <translation>Maior descontinuidade de habitat atravessada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.py" line="121"/>
        <source>Land cover classes (codes)</source>
        <translation>Classes de cobertura do solo (códigos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.py" line="122"/>
        <source>Habitat mask (1 = habitat)</source>
        <translation>Máscara de habitat (1 = habitat)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.py" line="124"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="40"/>
        <source>{0} (bundled)</source>
        <translation>{0} (incluído)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="47"/>
        <source>{0} (yours)</source>
        <translation>{0} (seu)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="113"/>
        <source>Modified, not saved: the check uses your edited thresholds.</source>
        <translation>Modificado, não guardado: a verificação usa os seus limiares editados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="123"/>
        <source>&apos;{0}&apos; is not a number; the threshold was not changed.</source>
        <translation>'{0}' não é um número; o limiar não foi alterado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="159"/>
        <source>Copied to {0}; edit its thresholds in the table and save.</source>
        <translation>Copiado para {0}; edite os seus limiares na tabela e guarde.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="172"/>
        <source>{0} (edited)</source>
        <translation>{0} (editado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="182"/>
        <source>Profile saved to {0}</source>
        <translation>Perfil guardado em {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="196"/>
        <source>Imported {0}</source>
        <translation>Importado {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="205"/>
        <source>Import a criteria profile</source>
        <translation>Importar um perfil de critérios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="210"/>
        <source>Profiles (*.json)</source>
        <translation>Perfis (*.json)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="210"/>
        <source>Export the criteria profile</source>
        <translation>Exportar o perfil de critérios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_profiles.py" line="214"/>
        <source>Profile exported to {0}</source>
        <translation>Perfil exportado para {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_run.py" line="68"/>
        <source>Choose the corridors layer first.</source>
        <translation>Escolha primeiro a camada de corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_run.py" line="85"/>
        <source>Checking the corridors…</source>
        <translation>A verificar os corredores…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_run.py" line="111"/>
        <source>The check failed; see the Processing log.</source>
        <translation>A verificação falhou; veja o registo do processamento.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_run.py" line="80"/>
        <source>Guideline check: {0}</source>
        <translation>Verificação das diretrizes: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="361"/>
        <source>Corridors checked against the profile {0}.</source>
        <translation>Corredores verificados segundo o perfil {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="360"/>
        <source>Guideline check</source>
        <translation>Verificação das diretrizes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="266"/>
        <source>Value: {0}</source>
        <translation>Valor: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="268"/>
        <source>Threshold: {0}</source>
        <translation>Limiar: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_table.py" line="272"/>
        <source>Source: {0}</source>
        <translation>Fonte: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="80"/>
        <source>Cost distance</source>
        <translation>Custo-distância</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="290"/>
        <source>Computes, for every cell of the resistance raster, the lowest accumulated cost of reaching it from the nearest source (0 on the sources). The result is the same as GRASS r.cost (times the cell size), ArcGIS Cost Distance and Linkage Mapper&apos;s cost-weighted distance.
Resistance: a raster in a projected CRS (metres); NoData cells cannot be crossed; values must be positive. Moving one cell costs the mean resistance of the two cells times the distance in metres (x 1.41 diagonally).
Sources: points, lines or polygons (reprojected to the raster&apos;s CRS when needed). A cell is a source when a polygon holds its centre or a line or point touches it.
Neighbours: 8, or 16 to also allow knight&apos;s moves (straighter, less blocky paths; slower).
Maximum cost: cells costlier than this are left as NoData; 0 = no limit.
Cells that cannot be reached are NoData.</source>
        <translation>Calcula, para cada célula do raster de resistência, o menor custo acumulado para a alcançar a partir da origem mais próxima (0 nas origens). O resultado é o mesmo que o r.cost do GRASS (vezes o tamanho da célula), o Cost Distance do ArcGIS e a distância ponderada pelo custo do Linkage Mapper.
Resistência: um raster num SRC projetado (metros); as células NoData não podem ser atravessadas; os valores têm de ser positivos. Passar de uma célula para outra custa a resistência média das duas células vezes a distância em metros (x 1,41 na diagonal).
Origens: pontos, linhas ou polígonos (reprojetados para o SRC do raster se necessário). Uma célula é origem quando um polígono contém o seu centro ou uma linha ou um ponto lhe toca.
Vizinhos: 8, ou 16 para permitir também saltos de cavalo (caminhos mais retos e menos em escada; mais lento).
Custo máximo: as células mais caras do que este valor ficam NoData; 0 = sem limite.
As células que não podem ser alcançadas são NoData.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="296"/>
        <source>Least-cost corridors between cores</source>
        <translation>Corredores de menor custo entre núcleos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="298"/>
        <source>Least-cost path</source>
        <translation>Caminho de menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="299"/>
        <source>Finds the cheapest route over the resistance raster from the sources to each destination feature and writes it as a line: one line per destination, with its accumulated cost (cost) and its length in metres (length_m). A destination line or polygon is reached at its cheapest cell.
Resistance: a raster in a projected CRS (metres); NoData cells cannot be crossed; values must be positive. Moving one cell costs the mean resistance of the two cells times the distance in metres.
Sources and destinations: points, lines or polygons (reprojected to the raster&apos;s CRS when needed).
Neighbours: 8, or 16 to also allow knight&apos;s moves.
A destination that cannot be reached gets a line without geometry and an empty cost.</source>
        <translation>Encontra o percurso mais barato sobre o raster de resistência desde as origens até cada elemento de destino e escreve-o como uma linha: uma linha por destino, com o seu custo acumulado (cost) e o seu comprimento em metros (length_m). Uma linha ou um polígono de destino é alcançado na sua célula mais barata.
Resistência: um raster num SRC projetado (metros); as células NoData não podem ser atravessadas; os valores têm de ser positivos. Passar de uma célula para outra custa a resistência média das duas células vezes a distância em metros.
Origens e destinos: pontos, linhas ou polígonos (reprojetados para o SRC do raster se necessário).
Vizinhos: 8, ou 16 para permitir também saltos de cavalo.
Um destino que não pode ser alcançado recebe uma linha sem geometria e um custo vazio.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="306"/>
        <source>Resistance from land cover</source>
        <translation>Resistência a partir da cobertura do solo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="314"/>
        <source>Re-cut corridors (new width cutoff)</source>
        <translation>Recortar de novo os corredores (novo limiar de largura)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="315"/>
        <source>Makes the corridors raster and corridor polygons again with another width cutoff, from the folder that &apos;Least-cost corridors between cores&apos; kept (advanced parameter &apos;Keep cost-distance rasters in folder&apos;). Nothing is recomputed but sums of the kept rasters, so trying several cutoffs takes seconds.
Width cutoff: cells up to this many cost units above the least-cost path are kept; 0 keeps everything. Width cutoff percentage: when above 0, each pair keeps its own least-cost distance times this percentage instead. Links dropped in the original run (through another core) stay dropped.</source>
        <translation>Refaz o raster de corredores e os polígonos de corredor com outro limiar de largura, a partir da pasta guardada por 'Corredores de menor custo entre núcleos' (parâmetro avançado 'Guardar os rasters de custo-distância numa pasta'). Nada é recalculado exceto somas dos rasters guardados, por isso experimentar vários limiares demora segundos.
Limiar de largura: as células até este número de unidades de custo acima do caminho de menor custo são mantidas; 0 mantém tudo. Percentagem do limiar de largura: se for maior do que 0, cada par mantém em vez disso a sua própria distância de menor custo vezes esta percentagem. As ligações descartadas na execução original (através de outro núcleo) continuam descartadas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="37"/>
        <source>Sources (points, lines or polygons)</source>
        <translation>Origens (pontos, linhas ou polígonos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="72"/>
        <source>Neighbours (8, or 16 with knight&apos;s moves)</source>
        <translation>Vizinhos (8, ou 16 com saltos de cavalo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="42"/>
        <source>Maximum cost (0 = no limit)</source>
        <translation>Custo máximo (0 = sem limite)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="61"/>
        <source>Choose a sources layer.</source>
        <translation>Escolha uma camada de origens.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="78"/>
        <source>Accumulated cost from the features of &apos;{0}&apos; over &apos;{1}&apos;; highest reached cost {2:,.0f}.</source>
        <translation>Custo acumulado a partir dos elementos de '{0}' sobre '{1}'; maior custo alcançado {2:,.0f}.</translation>
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
        <translation>Distância euclidiana máxima entre núcleos, m (0 = todos os pares)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="78"/>
        <source>Width cutoff, cost units (0 = none)</source>
        <translation>Limiar de largura, unidades de custo (0 = nenhum)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="86"/>
        <source>Drop links through other cores</source>
        <translation>Descartar ligações através de outros núcleos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/base.py" line="85"/>
        <source>Width cutoff as % of each pair&apos;s LCD (0 = off; replaces the cutoff)</source>
        <translation>Limiar de largura como % da LCD de cada par (0 = desativado; substitui o limiar)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="109"/>
        <source>Keep cost-distance rasters in folder (for re-cutting)</source>
        <translation>Guardar os rasters de custo-distância numa pasta (para recortar de novo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="111"/>
        <source>Pairs linked</source>
        <translation>Pares ligados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="112"/>
        <source>Pairs dropped (through another core)</source>
        <translation>Pares descartados (através de outro núcleo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="111"/>
        <source>Choose a core areas layer.</source>
        <translation>Escolha uma camada de áreas núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="163"/>
        <source>The cores layer is reprojected from {0} to the raster&apos;s CRS {1}.</source>
        <translation>A camada de núcleos é reprojetada de {0} para o SRC do raster {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="224"/>
        <source>No pair of cores is within the maximum Euclidean distance.</source>
        <translation>Nenhum par de núcleos está dentro da distância euclidiana máxima.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="200"/>
        <source>Done in {0:.1f} s: {1} pairs linked, {2} dropped through another core.</source>
        <translation>Concluído em {0:.1f} s: {1} pares ligados, {2} descartados através de outro núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="328"/>
        <source>Cores {0} and {1}: not connected (no passable route).</source>
        <translation>Núcleos {0} e {1}: não ligados (não há percurso transitável).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="329"/>
        <source>Cores {0} and {1}: LCD {2:,.0f}, path {3:,.0f} m, Euclidean {4:,.0f} m</source>
        <translation>Núcleos {0} e {1}: LCD {2:,.0f}, caminho {3:,.0f} m, euclidiana {4:,.0f} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="335"/>
        <source> - passes through core {0}</source>
        <translation> - passa pelo núcleo {0}</translation>
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
        <translation>Escolha uma camada de origens e uma camada de destinos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="86"/>
        <source>Destination {0} cannot be reached from the sources.</source>
        <translation>O destino {0} não pode ser alcançado a partir das origens.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostpath.py" line="95"/>
        <source>Least-cost paths from &apos;{0}&apos; to each feature of &apos;{1}&apos; over &apos;{2}&apos;.</source>
        <translation>Caminhos de menor custo desde '{0}' até cada elemento de '{1}' sobre '{2}'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="52"/>
        <source>Land-cover raster (class codes)</source>
        <translation>Raster de cobertura do solo (códigos de classe)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="54"/>
        <source>Class -&gt; resistance table</source>
        <translation>Tabela classe -&gt; resistência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="54"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="56"/>
        <source>...or a CSV file (class, resistance)</source>
        <translation>...ou um ficheiro CSV (classe, resistência)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="59"/>
        <source>Resistance of unlisted classes (empty = NoData, impassable)</source>
        <translation>Resistência das classes não listadas (vazio = NoData, intransponível)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="101"/>
        <source>Give the class -&gt; resistance table, in the table or as a CSV file.</source>
        <translation>Indique a tabela classe -&gt; resistência, na tabela ou como ficheiro CSV.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="113"/>
        <source>resistance {0}</source>
        <translation>resistência {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="113"/>
        <source>NoData (impassable)</source>
        <translation>NoData (intransponível)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="114"/>
        <source>Classes not in the table, given {0}: {1}</source>
        <translation>Classes que não estão na tabela, com {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="118"/>
        <source>Resistance from the land cover &apos;{0}&apos; with {1} classes in the table.</source>
        <translation>Resistência a partir da cobertura do solo '{0}' com {1} classes na tabela.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="34"/>
        <source>Folder of a corridor run (links.json)</source>
        <translation>Pasta de uma execução de corredores (links.json)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="71"/>
        <source>Least-cost corridors re-cut from {0}: {1} pairs.</source>
        <translation>Corredores de menor custo recortados de novo a partir de {0}: {1} pares.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="85"/>
        <source>Cores {0} and {1}: {2} corridor cells.</source>
        <translation>Núcleos {0} e {1}: {2} células de corredor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="112"/>
        <source>The run was cancelled; no output file was kept.</source>
        <translation>A execução foi cancelada; nenhum ficheiro de saída foi guardado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="132"/>
        <source>Choose a resistance raster.</source>
        <translation>Escolha um raster de resistência.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="142"/>
        <source>NEIGHBOURS must be 8 or 16, not {0}.</source>
        <translation>NEIGHBOURS tem de ser 8 ou 16, não {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="163"/>
        <source>The output {0} was written but QGIS cannot open it.</source>
        <translation>A saída {0} foi escrita mas o QGIS não a consegue abrir.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/corridors.py" line="43"/>
        <source>Least-cost corridors between the demo cores (all pairs, 8 neighbours, width cutoff {0:,.0f}).</source>
        <translation>Corredores de menor custo entre os núcleos de demonstração (todos os pares, 8 vizinhos, limiar de largura {0:,.0f}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/corridors.py" line="55"/>
        <source>Least-cost corridors</source>
        <translation>Corredores de menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="54"/>
        <source>Governance</source>
        <translation>Governação</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="54"/>
        <source>Monitoring</source>
        <translation>Monitorização</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="55"/>
        <source>Design</source>
        <translation>Desenho</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/form.py" line="55"/>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/help.py" line="36"/>
        <source>Open the help page of this panel</source>
        <translation>Abrir a página de ajuda deste painel</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="183"/>
        <source>The run metadata could not be stored in {0}: {1}</source>
        <translation>Não foi possível guardar os metadados da execução em {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/candidates.py" line="128"/>
        <source>Two example candidate corridors on the demo cores: one wide, one with a narrow neck.</source>
        <translation>Dois corredores candidatos de exemplo sobre os núcleos de demonstração: um largo e outro com um estrangulamento.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/output.py" line="33"/>
        <source>Could not apply the style {0} to layer &apos;{1}&apos;: {2}</source>
        <translation>Não foi possível aplicar o estilo {0} à camada '{1}': {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/render.py" line="121"/>
        <source>Could not write the map image {0} (layout export error {1}).</source>
        <translation>Não foi possível escrever a imagem do mapa {0} (erro de exportação do layout {1}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="65"/>
        <source>years</source>
        <translation>anos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="66"/>
        <source>transects</source>
        <translation>transectos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="67"/>
        <source>features</source>
        <translation>elementos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="68"/>
        <source>radiance</source>
        <translation>radiância</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="119"/>
        <source>Class {0} is listed twice in {1} (line {2}); keep one line per class.</source>
        <translation>A classe {0} aparece duas vezes em {1} (linha {2}); mantenha uma linha por classe.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="270"/>
        <source>Core {0} covers no cell of the resistance grid.</source>
        <translation>O núcleo {0} não cobre nenhuma célula da grelha de resistência.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="450"/>
        <source>Every core needs both its cells and its geometry.</source>
        <translation>Cada núcleo precisa das suas células e da sua geometria.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="475"/>
        <source>The resistance grid has no passable cell (all NoData, zero or negative).</source>
        <translation>A grelha de resistência não tem nenhuma célula transitável (todas NoData, nulas ou negativas).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="170"/>
        <source>The {0} must be 0 (none) or positive, not {1}.</source>
        <translation>{0} tem de ser 0 (nenhum) ou positivo, não {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="386"/>
        <source>The kept cost-distance rasters of cores {0} and {1} only reach {2} cost units, too little for this cutoff; run the corridors again with this cutoff or a larger one.</source>
        <translation>Os rasters de custo-distância guardados dos núcleos {0} e {1} só chegam a {2} unidades de custo, pouco para este limiar; execute de novo os corredores com este limiar ou um maior.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="453"/>
        <source>The cells of core {0} do not match the resistance grid&apos;s shape.</source>
        <translation>As células do núcleo {0} não correspondem à forma da grelha de resistência.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="66"/>
        <source>The resistance grid must be a non-empty 2-D array, not shape {0}.</source>
        <translation>A grelha de resistência tem de ser uma matriz 2D não vazia, não de forma {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="69"/>
        <source>The source mask has shape {0} but the resistance grid has shape {1}.</source>
        <translation>A máscara de origens tem forma {0} mas a grelha de resistência tem forma {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="97"/>
        <source>Neighbours must be 8 or 16, not {0}.</source>
        <translation>Os vizinhos têm de ser 8 ou 16, não {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="78"/>
        <source>The cell size must be positive in both directions, not {0}.</source>
        <translation>O tamanho da célula tem de ser positivo nas duas direções, não {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="81"/>
        <source>The maximum cost must be 0 (no limit) or positive, not {0}.</source>
        <translation>O custo máximo tem de ser 0 (sem limite) ou positivo, não {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="91"/>
        <source>No source cell lies on a passable resistance cell (all are NoData, zero or negative); check that the sources overlap the resistance raster.</source>
        <translation>Nenhuma célula de origem está sobre uma célula de resistência transitável (todas são NoData, nulas ou negativas); verifique se as origens se sobrepõem ao raster de resistência.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/costdistance.py" line="75"/>
        <source>The cell size must be a pair of positive numbers (dx, dy), not {0}.</source>
        <translation>O tamanho da célula tem de ser um par de números positivos (dx, dy), não {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="123"/>
        <source>Every severing barrier has ≥ {0} crossing(s); largest spacing {1} m</source>
        <translation>
            <numerusform>Cada barreira que corta tem ≥ {0} passagem de fauna; maior espaçamento {1} m</numerusform>
            <numerusform>Cada barreira que corta tem ≥ {0} passagens de fauna; maior espaçamento {1} m</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="142"/>
        <source>{0} km of roads and tracks in {1} km²: {2} km/km²</source>
        <translation>{0} km de estradas e caminhos em {1} km²: {2} km/km²</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="54"/>
        <source>no barriers layer (roads, railways, canals, fences)</source>
        <translation>não há camada de barreiras (estradas, vias-férreas, canais, vedações)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="61"/>
        <source>{0} linear feature(s) cross the corridor; none severs it</source>
        <translation>
            <numerusform>{0} elemento linear atravessa o corredor; não o corta</numerusform>
            <numerusform>{0} elementos lineares atravessam o corredor; nenhum o corta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="92"/>
        <source>no barriers layer</source>
        <translation>não há camada de barreiras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="98"/>
        <source>No severing barrier, no crossing needed</source>
        <translation>Nenhuma barreira o corta, não é precisa nenhuma passagem</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="100"/>
        <source>no crossing structures layer ({0} severing barrier(s) found)</source>
        <translation>
            <numerusform>sem camada de passagens de fauna ({0} barreira que corta encontrada)</numerusform>
            <numerusform>sem camada de passagens de fauna ({0} barreiras que cortam encontradas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="121"/>
        <source>{0} (need ≥ {1}, spacing ≤ {2} m)</source>
        <translation>{0} (são precisas ≥ {1}, espaçamento ≤ {2} m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="130"/>
        <source>no roads / barriers layer</source>
        <translation>não há camada de estradas / barreiras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="106"/>
        <source>Cheapest route inside costs {0}; unrestricted least-cost distance {1} (ratio {2})</source>
        <translation>O percurso mais barato por dentro custa {0}; distância de menor custo sem restrição {1} (razão {2})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="138"/>
        <source>{0} % of the {1} lies inside the corridor</source>
        <translation>{0} % do traçado ({1}) está dentro do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="94"/>
        <source>no resistance raster</source>
        <translation>não há raster de resistência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="104"/>
        <source>No route between the cores stays inside the corridor</source>
        <translation>Nenhum percurso entre os núcleos fica dentro do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="134"/>
        <source>no least-cost path for this core pair and no resistance raster</source>
        <translation>não há caminho de menor custo para este par de núcleos nem raster de resistência</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="43"/>
        <source>Touches {0} core(s) ({1}); at least {2} are needed (snap {3} m)</source>
        <translation>
            <numerusform>Toca {0} área núcleo ({1}); são necessárias pelo menos {2} (tolerância {3} m)</numerusform>
            <numerusform>Toca {0} áreas núcleo ({1}); são necessárias pelo menos {2} (tolerância {3} m)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="65"/>
        <source>At most {0} % lies inside a single core</source>
        <translation>No máximo {0} % está dentro de um só núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="96"/>
        <source>Governance type {0}, authority {1}</source>
        <translation>Tipo de governação {0}, autoridade {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="105"/>
        <source>Attributes management_plan and management_mechanism are missing or &apos;Not Reported&apos;</source>
        <translation>Os atributos management_plan e management_mechanism faltam ou são 'Not Reported'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="132"/>
        <source>Commitment of {0} years ({1})</source>
        <translation>Compromisso de {0} anos ({1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="166"/>
        <source>Monitored; last assessment {0} years ago</source>
        <translation>Monitorizado; última avaliação há {0} anos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="176"/>
        <source>{0} % of the corridor is already protected or core</source>
        <translation>{0} % do corredor já está protegido ou é núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="23"/>
        <source>Not a clearly bounded space: {0}</source>
        <translation>Não é um espaço claramente delimitado: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="25"/>
        <source>The corridor layer has no projected CRS: set one in metres</source>
        <translation>A camada de corredores não tem um SRC projetado: defina um em metros</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="28"/>
        <source>The corridor has {0} separate parts; only corridor_form = stepping_stone may be multi-part</source>
        <translation>
            <numerusform>O corredor tem {0} parte separada; só corridor_form = stepping_stone pode ter várias partes</numerusform>
            <numerusform>O corredor tem {0} partes separadas; só corridor_form = stepping_stone pode ter várias partes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="37"/>
        <source>no core areas layer (protected areas, OECMs, core habitat)</source>
        <translation>não há camada de áreas núcleo (áreas protegidas, OMEC, habitat núcleo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="42"/>
        <source>Touches {0} cores ({1})</source>
        <translation>Toca {0} núcleos ({1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="171"/>
        <source>no core areas layer</source>
        <translation>não há camada de áreas núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="62"/>
        <source>{0} % lies inside core {1}: already protected core, not a linkage</source>
        <translation>{0} % está dentro do núcleo {1}: núcleo já protegido, não uma ligação</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="75"/>
        <source>Attribute objective_connectivity is missing or empty: state what connectivity the corridor maintains or restores, for whom</source>
        <translation>O atributo objective_connectivity falta ou está vazio: indique que conectividade o corredor mantém ou restaura, e para quem</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="87"/>
        <source>governance_type &apos;{0}&apos; is not an IUCN governance type A, B, C or D</source>
        <translation>governance_type '{0}' não é um tipo de governação da UICN A, B, C ou D</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="102"/>
        <source>Management plan referenced</source>
        <translation>Plano de gestão referenciado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="104"/>
        <source>Management mechanism stated</source>
        <translation>Mecanismo de gestão indicado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="124"/>
        <source>Permanent commitment ({0})</source>
        <translation>Compromisso permanente ({0})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="127"/>
        <source>commitment_duration &apos;{0}&apos; is neither &apos;permanent&apos; nor a number of years</source>
        <translation>commitment_duration '{0}' não é 'permanent' nem um número de anos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="130"/>
        <source>Commitment of {0} years is under {1} years</source>
        <translation>Um compromisso de {0} anos é inferior a {1} anos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="158"/>
        <source>Monitoring plan and indicators present; no last_assessment date</source>
        <translation>Plano de monitorização e indicadores presentes; sem data em last_assessment</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="161"/>
        <source>last_assessment &apos;{0}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>last_assessment '{0}' não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="164"/>
        <source>Last assessment {0} years ago (over {1})</source>
        <translation>Última avaliação há {0} anos (mais de {1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="55"/>
        <source>Minimum width {0} m &lt; {1} m at the marked narrowest section</source>
        <translation>Largura mínima {0} m &lt; {1} m no troço mais estreito marcado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/design.py" line="94"/>
        <source>{0} bottleneck(s) narrower than {1} m, about {2} m in total; narrowest {3} m{4}</source>
        <translation>
            <numerusform>{0} estrangulamento com menos de {1} m, cerca de {2} m no total; o mais estreito {3} m{4}</numerusform>
            <numerusform>{0} estrangulamentos com menos de {1} m, cerca de {2} m no total; o mais estreito {3} m{4}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="118"/>
        <source>Length {0} m &gt; dispersal {1} m but width {2} m &lt; home-range width {3} m</source>
        <translation>Comprimento {0} m &gt; dispersão {1} m mas largura {2} m &lt; largura da área de vida {3} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="136"/>
        <source>Length {0} km, width {1} m</source>
        <translation>Comprimento {0} km, largura {1} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="146"/>
        <source>{0} % of the corridor lies more than {1} m from its edge</source>
        <translation>{0} % do corredor está a mais de {1} m da sua borda</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="167"/>
        <source>{0} m of stream inside; {1} % of its {2} m riparian buffer is inside the corridor</source>
        <translation>{0} m de curso de água dentro; {1} % da sua faixa ribeirinha de {2} m está dentro do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="18"/>
        <source>no core areas layer: width is measured between the two linked cores</source>
        <translation>não há camada de áreas núcleo: a largura mede-se entre os dois núcleos ligados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="20"/>
        <source>the corridor does not touch two cores (see connects_cores)</source>
        <translation>o corredor não toca dois núcleos (veja connects_cores)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="42"/>
        <source>does not apply to a stepping-stone corridor (see stepping_stone_spacing)</source>
        <translation>não se aplica a um corredor de trampolins ecológicos (veja stepping_stone_spacing)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="51"/>
        <source>Minimum width {0} m ≥ {1} m</source>
        <translation>Largura mínima {0} m ≥ {1} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="54"/>
        <source>No continuous strip links the two cores (width 0 m)</source>
        <translation>Nenhuma faixa contínua liga os dois núcleos (largura 0 m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="61"/>
        <source>does not apply to a stepping-stone corridor</source>
        <translation>não se aplica a um corredor de trampolins ecológicos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="71"/>
        <source>No section narrower than {0} m</source>
        <translation>Nenhum troço mais estreito do que {0} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="104"/>
        <source>Length {0} m ({1}) ≤ dispersal {2} m: passage in one dispersal event</source>
        <translation>Comprimento {0} m ({1}) ≤ dispersão {2} m: passagem num só evento de dispersão</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="109"/>
        <source>Length {0} m &gt; dispersal {1} m: corridor dwellers need width ≥ {2} m, not checked (no two linked cores)</source>
        <translation>Comprimento {0} m &gt; dispersão {1} m: as espécies que vivem no corredor precisam de largura ≥ {2} m, não verificado (não há dois núcleos ligados)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="114"/>
        <source>Length {0} m &gt; dispersal {1} m, and width {2} m ≥ home-range width {3} m (corridor dwellers)</source>
        <translation>Comprimento {0} m &gt; dispersão {1} m, e largura {2} m ≥ largura da área de vida {3} m (espécies que vivem no corredor)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="132"/>
        <source>Long corridor ({0} km) at about the minimum width ({1} m &lt; {2} × {3} m): longer corridors should be wider</source>
        <translation>Corredor longo ({0} km) com cerca da largura mínima ({1} m &lt; {2} × {3} m): os corredores mais longos deviam ser mais largos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="153"/>
        <source>no streams layer</source>
        <translation>não há camada de cursos de água</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="161"/>
        <source>No stream runs inside the corridor</source>
        <translation>Nenhum curso de água passa dentro do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="151"/>
        <source>the corridor geometry is not usable ({0})</source>
        <translation>a geometria do corredor não é utilizável ({0})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/evaluate.py" line="86"/>
        <source>does not apply to a {0} corridor</source>
        <translation>não se aplica a um corredor {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/evaluate.py" line="118"/>
        <source>The profile &apos;{0}&apos; has unknown criterion id(s): {1}</source>
        <translation>O perfil '{0}' tem id(s) de critério desconhecido(s): {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/evaluate.py" line="93"/>
        <source>measurement failed ({0}: {1})</source>
        <translation>a medição falhou ({0}: {1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="125"/>
        <source>A habitat gap of {0} m must be crossed (more than {1} m)</source>
        <translation>É preciso atravessar uma descontinuidade de habitat de {0} m (mais de {1} m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="196"/>
        <source>{0} % natural habitat inside the corridor</source>
        <translation>{0} % de habitat natural dentro do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="120"/>
        <source>The cores cannot be joined through habitat</source>
        <translation>Os núcleos não podem ser ligados através do habitat</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="122"/>
        <source>Cores joined through {0} habitat patch(es); largest gap {1} m ≤ {2} m</source>
        <translation>
            <numerusform>Áreas núcleo ligadas através de {0} mancha de habitat; maior descontinuidade {1} m ≤ {2} m</numerusform>
            <numerusform>Áreas núcleo ligadas através de {0} manchas de habitat; maior descontinuidade {1} m ≤ {2} m</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="168"/>
        <source>{0} {1}: no chain of stones joins the cores</source>
        <translation>{0} {1}: nenhuma cadeia de trampolins liga os núcleos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="144"/>
        <source>applies to stepping-stone corridors (corridor_form = stepping_stone or a multi-part corridor)</source>
        <translation>aplica-se a corredores de trampolins ecológicos (corridor_form = stepping_stone ou um corredor com várias partes)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="138"/>
        <source>single-part stepping-stone corridor and {0}</source>
        <translation>corredor de trampolins ecológicos com uma só parte e {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/inputs.py" line="73"/>
        <source>Not evaluated: {0}</source>
        <translation>Não avaliado: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="341"/>
        <source>Unknown criteria profile &apos;{0}&apos;; available: {1}</source>
        <translation>Perfil de critérios desconhecido '{0}'; disponíveis: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="256"/>
        <source>Cannot read the profile file {0}: {1}</source>
        <translation>Não é possível ler o ficheiro de perfil {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="271"/>
        <source>The profile file {0} is not valid JSON (line {1}, column {2}: {3})</source>
        <translation>O ficheiro de perfil {0} não é um JSON válido (linha {1}, coluna {2}: {3})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="283"/>
        <source>Profile file {0}: {1}</source>
        <translation>Ficheiro de perfil {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="22"/>
        <source>{0} dam(s), weir(s) or culvert(s) inside the corridor</source>
        <translation>
            <numerusform>{0} barragem, açude ou passagem hidráulica dentro do corredor</numerusform>
            <numerusform>{0} barragens, açudes ou passagens hidráulicas dentro do corredor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="39"/>
        <source>{0} % of the floodplain it meets lies inside the corridor; reported only</source>
        <translation>{0} % da planície de inundação que toca está dentro do corredor; apenas relatado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="81"/>
        <source>Nearest other protected component ({0}) is {1} km away</source>
        <translation>O componente protegido mais próximo ({0}) está a {1} km</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="15"/>
        <source>no river barriers layer (dams, weirs, culverts)</source>
        <translation>não há camada de barreiras fluviais (barragens, açudes, passagens hidráulicas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="30"/>
        <source>no floodplain / riparian polygon layer</source>
        <translation>não há camada de polígonos de planície de inundação / ribeirinhos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="37"/>
        <source>No floodplain polygon meets the corridor</source>
        <translation>Nenhum polígono de planície de inundação toca o corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="46"/>
        <source>no coastline layer</source>
        <translation>não há camada de linha de costa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="55"/>
        <source>No coastline inside the corridor</source>
        <translation>Não há linha de costa dentro do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="65"/>
        <source>no protected components (cores) layer</source>
        <translation>não há camada de componentes protegidos (núcleos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="69"/>
        <source>no other protected component to measure the spacing to</source>
        <translation>não há outro componente protegido para medir o espaçamento</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="110"/>
        <source>Attribute temporal_regime is missing (permanent, seasonal or dynamic)</source>
        <translation>Falta o atributo temporal_regime (permanente, sazonal ou dinâmico)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="113"/>
        <source>temporal_regime &apos;{0}&apos; is not permanent, seasonal or dynamic</source>
        <translation>temporal_regime '{0}' não é permanente, sazonal nem dinâmico</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="115"/>
        <source>A {0} corridor needs active_months</source>
        <translation>Um corredor {0} precisa de active_months</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="81"/>
        <source>Built-up {0} % inside, {1}</source>
        <translation>Construído {0} % dentro, {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="93"/>
        <source>Mean night-light {0}, maximum {1}; reported only</source>
        <translation>Luz noturna média {0}, máxima {1}; apenas relatado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="26"/>
        <source>no elevation (DEM) raster</source>
        <translation>não há raster de altitude (MDE)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="36"/>
        <source>Elevation {0}-{1} m inside the corridor (range {2} m); reported only</source>
        <translation>Altitude {0}-{1} m dentro do corredor (amplitude {2} m); apenas relatado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="58"/>
        <source>no land-cover raster</source>
        <translation>não há raster de cobertura do solo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="61"/>
        <source>the profile lists no builtup_classes</source>
        <translation>o perfil não indica builtup_classes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="88"/>
        <source>no night-lights raster</source>
        <translation>não há raster de luzes noturnas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="35"/>
        <source>the elevation difference between the cores needs two linked cores</source>
        <translation>a diferença de altitude entre os núcleos precisa de dois núcleos ligados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="45"/>
        <source>raster &apos;{0}&apos; has no elevation for core {1}</source>
        <translation>o raster '{0}' não tem altitude para o núcleo {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="127"/>
        <source>The least-cost path did not reach a source cell.</source>
        <translation>O caminho de menor custo não chegou a nenhuma célula de origem.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="76"/>
        <source>The target mask has shape {0} but the cost grid has shape {1}.</source>
        <translation>A máscara de destino tem forma {0} mas a grelha de custos tem forma {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="101"/>
        <source>The start cell {0} cannot be reached from any source; no path to trace.</source>
        <translation>A célula de início {0} não pode ser alcançada a partir de nenhuma origem; não há caminho a traçar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/lcpath.py" line="121"/>
        <source>The accumulated-cost grid is not consistent with the resistance at cell {0}; compute it with cost_distance on the same resistance, cell size and neighbours.</source>
        <translation>A grelha de custo acumulado não é coerente com a resistência na célula {0}; calcule-a com cost_distance sobre a mesma resistência, tamanho de célula e vizinhos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/pairs.py" line="20"/>
        <source>The maximum Euclidean distance must be 0 (all pairs) or positive, not {0}.</source>
        <translation>A distância euclidiana máxima tem de ser 0 (todos os pares) ou positiva, não {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="231"/>
        <source>The default resistance must be positive, not {0}; leave it empty for NoData.</source>
        <translation>A resistência predefinida tem de ser positiva, não {0}; deixe-a vazia para NoData.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="127"/>
        <source>given least-cost path</source>
        <translation>caminho de menor custo fornecido</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="132"/>
        <source>least-cost path on the resistance raster</source>
        <translation>caminho de menor custo sobre o raster de resistência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="30"/>
        <source>One valid bounded space of {0} ha{1}</source>
        <translation>Um único espaço delimitado válido de {0} ha{1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="30"/>
        <source> in {0} stepping stones</source>
        <translation> em {0} trampolins ecológicos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="93"/>
        <source>gov_subtype &apos;{0}&apos; does not belong to governance type {1}{2}</source>
        <translation>gov_subtype '{0}' não pertence ao tipo de governação {1}{2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="93"/>
        <source> (it is a type {0} subtype)</source>
        <translation> (é um subtipo do tipo {0})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="134"/>
        <source>stones</source>
        <translation>trampolins</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="142"/>
        <source>habitat patches</source>
        <translation>manchas de habitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="58"/>
        <source>Alongshore span {0} km{1}</source>
        <translation>Extensão ao longo da costa {0} km{1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="58"/>
        <source> (smallest component)</source>
        <translation> (componente mais pequeno)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="116"/>
        <source>Temporal regime {0}{1}</source>
        <translation>Regime temporal {0}{1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="116"/>
        <source>, active months {0}</source>
        <translation>, meses ativos {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="116"/>
        <source>% above LCD</source>
        <translation>% acima da LCD</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="117"/>
        <source>Percent above each pair&apos;s least-cost distance (LCD): wider corridors for longer links</source>
        <translation>Percentagem acima da distância de menor custo (LCD) de cada par: corredores mais largos para ligações mais longas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="138"/>
        <source>Load…</source>
        <translation>Carregar…</translation>
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
            <numerusform>{0} erro a corrigir antes de executar</numerusform>
            <numerusform>{0} erros a corrigir antes de executar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="373"/>
        <source>Inputs usable, {0} warning(s)</source>
        <translation>
            <numerusform>Dados utilizáveis, {0} aviso</numerusform>
            <numerusform>Dados utilizáveis, {0} avisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="376"/>
        <source>Inputs look fine</source>
        <translation>As entradas parecem corretas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="380"/>
        <source>see Input check</source>
        <translation>veja Verificação das entradas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="163"/>
        <source>Pick a least-cost path or select corridor polygons first.</source>
        <translation>Escolha primeiro um caminho de menor custo ou selecione polígonos de corredor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="35"/>
        <source>no habitat or land-cover raster</source>
        <translation>não há raster de habitat nem de cobertura do solo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="37"/>
        <source>the profile lists no habitat_classes for the land-cover raster &apos;{0}&apos;</source>
        <translation>o perfil não indica habitat_classes para o raster de cobertura do solo '{0}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/inputs.py" line="222"/>
        <source>longest span</source>
        <translation>maior troço reto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="322"/>
        <source>least-cost path</source>
        <translation>caminho de menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/inputs.py" line="221"/>
        <source>corridor axis</source>
        <translation>eixo do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/raster.py" line="183"/>
        <source>raster &apos;{0}&apos; does not cover the corridor</source>
        <translation>o raster '{0}' não cobre o corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/raster.py" line="192"/>
        <source>raster &apos;{0}&apos; is NoData on {1} % of the corridor</source>
        <translation>o raster '{0}' é NoData em {1} % do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/raster.py" line="188"/>
        <source>raster &apos;{0}&apos; covers only {1} % of the corridor</source>
        <translation>o raster '{0}' só cobre {1} % do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="164"/>
        <source>Proposed</source>
        <translation>Proposto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="165"/>
        <source>Inscribed</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="166"/>
        <source>Adopted</source>
        <translation>Adotado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="167"/>
        <source>Designated</source>
        <translation>Designado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="168"/>
        <source>Established</source>
        <translation>Estabelecido</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="317"/>
        <source>Draft (no status)</source>
        <translation>Rascunho (sem estado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="318"/>
        <source>Pass</source>
        <translation>Cumpre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="319"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="320"/>
        <source>Fails a required criterion</source>
        <translation>Não cumpre um critério obrigatório</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="321"/>
        <source>Not evaluated</source>
        <translation>Não avaliado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="324"/>
        <source>highest cost</source>
        <translation>custo mais alto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="328"/>
        <source>1 (easy to cross)</source>
        <translation>1 (fácil de atravessar)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="329"/>
        <source>2028 (hard to cross)</source>
        <translation>2028 (difícil de atravessar)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="180"/>
        <source>Workshop exercise</source>
        <translation>Exercício da oficina</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gui/analysis_results.py" line="185"/>
        <source>Adding {0} corridor(s) to the candidate corridors…</source>
        <translation>
            <numerusform>A adicionar {0} corredor aos corredores candidatos…</numerusform>
            <numerusform>A adicionar {0} corredores aos corredores candidatos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.py" line="571"/>
        <source>Done. Pick a path on the map to see its link-table row.</source>
        <translation>Concluído. Escolha um caminho no mapa para ver a sua linha da tabela de ligações.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="186"/>
        <source>Not evaluated against the {0} % natural-habitat share: {1}; the mean resistance inside the corridor, {2} (resistance units), is reported for information only</source>
        <translation>Não avaliado face à proporção de habitat natural de {0} %: {1}; a resistência média dentro do corredor, {2} (unidades de resistência), é indicada apenas a título informativo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="147"/>
        <source> (required criteria not evaluated: {0})</source>
        <translation> (critérios obrigatórios não avaliados: {0})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="314"/>
        <source>Required criteria not evaluated:</source>
        <translation>Critérios obrigatórios não avaliados:</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="432"/>
        <source>{0} (not evaluated)</source>
        <translation>{0} (não avaliado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="167"/>
        <source>The {0} layer &apos;{1}&apos; must hold {2} geometries; it holds {3}. Choose a layer of {2} geometries.</source>
        <translation>A camada de {0} '{1}' tem de conter geometrias do tipo {2}; contém {3}. Escolha uma camada de geometrias do tipo {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="254"/>
        <source>streams</source>
        <translation>cursos de água</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="255"/>
        <source>floodplain / riparian</source>
        <translation>planície de inundação / ribeirinha</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="256"/>
        <source>river barriers</source>
        <translation>barreiras fluviais</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_inputs.py" line="257"/>
        <source>coastline</source>
        <translation>linha de costa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Streams</source>
        <translation>Cursos de água</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Floodplain / riparian areas</source>
        <translation>Planície de inundação / zonas ribeirinhas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>River barriers (dams, weirs, culverts)</source>
        <translation>Barreiras fluviais (barragens, açudes, passagens hidráulicas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Coastline</source>
        <translation>Linha de costa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Night lights</source>
        <translation>Luzes noturnas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="165"/>
        <source>Streams and rivers (lines; riparian zones included)</source>
        <translation>Cursos de água e rios (linhas; zonas ribeirinhas incluídas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="165"/>
        <source>Floodplain or riparian areas (polygons; share inside the corridor)</source>
        <translation>Planícies de inundação ou zonas ribeirinhas (polígonos; proporção dentro do corredor)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="165"/>
        <source>River barriers: dams, weirs, culverts (points; counted inside the corridor)</source>
        <translation>Barreiras fluviais: barragens, açudes, passagens hidráulicas (pontos; contados dentro do corredor)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="165"/>
        <source>Coastline (lines; alongshore length inside the corridor)</source>
        <translation>Linha de costa (linhas; extensão ao longo da costa dentro do corredor)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="176"/>
        <source>Night-lights raster (radiance; artificial light at night)</source>
        <translation>Raster de luzes noturnas (radiância; luz artificial noturna)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="76"/>
        <source>{0}the resistance &apos;{1}&apos; is not a number. Write a positive number, &apos;nodata&apos; for an impassable class, or leave it empty for an unlisted class.</source>
        <translation>{0}a resistência '{1}' não é um número. Escreva um número positivo, 'nodata' para uma classe intransponível, ou deixe a célula vazia para uma classe não listada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="79"/>
        <source>{0}the resistance {1} is not allowed: resistances must be positive and finite. Write &apos;nodata&apos; to make the class impassable.</source>
        <translation>{0}a resistência {1} não é permitida: as resistências devem ser positivas e finitas. Escreva 'nodata' para tornar a classe intransponível.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="85"/>
        <source>Line {0} of {1}: </source>
        <translation>Linha {0} de {1}: </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="113"/>
        <source>{0}the class &apos;{1}&apos; is not a number. Each line must be class,resistance[,label] with a number for the class.</source>
        <translation>{0}a classe '{1}' não é um número. Cada linha deve ser classe,resistência[,rótulo] com um número para a classe.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="117"/>
        <source>{0}the class &apos;{1}&apos; is not a finite number.</source>
        <translation>{0}a classe '{1}' não é um número finito.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="122"/>
        <source>Line {0} of {1} (class {2}): </source>
        <translation>Linha {0} de {1} (classe {2}): </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="148"/>
        <source>The table must have a resistance column for every class ({0} columns).</source>
        <translation>A tabela deve ter uma coluna de resistência para cada classe ({0} colunas).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="174"/>
        <source>The file &apos;{0}&apos; is not a text CSV table (it holds binary data). Choose the CSV file with one line per class: class,resistance[,label].</source>
        <translation>O ficheiro '{0}' não é uma tabela CSV de texto (contém dados binários). Escolha o ficheiro CSV com uma linha por classe: classe,resistência[,rótulo].</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="183"/>
        <source>The file &apos;{0}&apos; is {1:.0f} MB, too big for a class table; choose the CSV file with one line per class.</source>
        <translation>O ficheiro '{0}' tem {1:.0f} MB, demasiado para uma tabela de classes; escolha o ficheiro CSV com uma linha por classe.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="187"/>
        <source>The class table &apos;{0}&apos; cannot be read ({1}).</source>
        <translation>Não é possível ler a tabela de classes '{0}' ({1}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="222"/>
        <source>The class -&gt; resistance table {0} gives no class a resistance; give one line per land-cover class: class,resistance.</source>
        <translation>A tabela classe -&gt; resistência {0} não dá resistência a nenhuma classe; dê uma linha por classe de cobertura do solo: classe,resistência.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="44"/>
        <source> and {0} more</source>
        <translation> e mais {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="28"/>
        <source>The cores layer &apos;{0}&apos; holds {1} geometries; core areas must be polygons.</source>
        <translation>A camada de áreas núcleo '{0}' contém geometrias {1}; as áreas núcleo devem ser polígonos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="28"/>
        <source>Buffer the points or lines into polygons (Vector &gt; Geoprocessing Tools &gt; Buffer), or pick the polygon layer of core areas.</source>
        <translation>Converta os pontos ou linhas em polígonos com um buffer (Vetorial &gt; Ferramentas de geoprocessamento &gt; Buffer), ou escolha a camada de polígonos das áreas núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="37"/>
        <source>The cores layer &apos;{0}&apos; holds {1} core; corridors link pairs of cores, so at least two are needed.</source>
        <translation>A camada de áreas núcleo '{0}' contém {1} área núcleo; os corredores ligam pares de áreas núcleo, por isso são precisas pelo menos duas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="37"/>
        <source>Add core areas, or pick the layer (or remove the filter) that holds all of them.</source>
        <translation>Acrescente áreas núcleo, ou escolha a camada (ou retire o filtro) que as contém todas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="46"/>
        <source>Cores of &apos;{0}&apos; overlap or touch: {1}. Each such pair is linked at zero cost, with a path of no length.</source>
        <translation>Áreas núcleo de '{0}' sobrepõem-se ou tocam-se: {1}. Cada um desses pares fica ligado a custo zero, com um caminho sem comprimento.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="170"/>
        <source>{0} and {1}</source>
        <translation>{0} e {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_shape_checks.py" line="46"/>
        <source>Merge cores that are one habitat (Vector &gt; Geoprocessing Tools &gt; Dissolve on the id field), or separate them.</source>
        <translation>Junte as áreas núcleo que são um mesmo habitat (Vetorial &gt; Ferramentas de geoprocessamento &gt; Dissolver pelo campo id), ou separe-as.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="66"/>
        <source>The {0} has {1}{2} cells with an infinite resistance (+inf or -inf), {3}.</source>
        <translation>
            <numerusform>O {0} tem {1}{2} célula com resistência infinita (+inf ou -inf), {3}.</numerusform>
            <numerusform>O {0} tem {1}{2} células com resistência infinita (+inf ou -inf), {3}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="66"/>
        <source>Resistance must be a positive finite number: set those cells to NoData where movement is impossible, or to a large finite value (Raster Calculator).</source>
        <translation>A resistência deve ser um número positivo finito: ponha essas células em NoData onde o movimento é impossível, ou num valor finito grande (Calculadora raster).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="51"/>
        <source>The core areas layer &apos;{0}&apos; holds {1} features; core areas must be polygons. Buffer points or lines into polygons first (Vector &gt; Geoprocessing Tools &gt; Buffer), or choose the polygon layer of core areas.</source>
        <translation>A camada de áreas núcleo '{0}' contém entidades do tipo {1}; as áreas núcleo devem ser polígonos. Converta primeiro os pontos ou linhas em polígonos com um buffer (Vetorial &gt; Ferramentas de geoprocessamento &gt; Buffer), ou escolha a camada de polígonos das áreas núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="62"/>
        <source>The cores {0} of &apos;{1}&apos; have no geometry (in the field &apos;{2}&apos;); draw their outline or delete those features.</source>
        <translation>As áreas núcleo {0} de '{1}' não têm geometria (no campo '{2}'); desenhe o seu contorno ou apague essas entidades.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="70"/>
        <source>The layer &apos;{0}&apos; holds {1} core; corridors link pairs of cores, so at least two cores are needed. Add core areas, or choose the layer that holds all of them.</source>
        <translation>A camada '{0}' contém {1} área núcleo; os corredores ligam pares de áreas núcleo, por isso são precisas pelo menos duas. Acrescente áreas núcleo, ou escolha a camada que as contém todas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/validate.py" line="91"/>
        <source>The resistance raster &apos;{0}&apos; has {1} cells with an infinite resistance (+inf or -inf); resistance must be a positive finite number: set those cells to NoData where movement is impossible, or to a large finite value (Raster Calculator).</source>
        <translation>O raster de resistência '{0}' tem {1} células com resistência infinita (+inf ou -inf); a resistência deve ser um número positivo finito: ponha essas células em NoData onde o movimento é impossível, ou num valor finito grande (Calculadora raster).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_costdistance.py" line="73"/>
        <source>cost-distance</source>
        <translation>custo-distância</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="170"/>
        <source>Cores of &apos;{0}&apos; overlap or touch: {1}. Each such pair is linked at zero cost, with a path of no length (written without a geometry); merge or separate these cores if they are not one habitat.</source>
        <translation>Áreas núcleo de '{0}' sobrepõem-se ou tocam-se: {1}. Cada um desses pares fica ligado a custo zero, com um caminho sem comprimento (escrito sem geometria); junte ou separe essas áreas núcleo se não forem um mesmo habitat.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_outputs.py" line="110"/>
        <source>{0} {1} cells exceed the largest value a Float32 raster holds ({2:.3g}); they are written as NoData. Lower the resistance values (rescale them) to keep them.</source>
        <translation>{0} células de {1} excedem o maior valor que um raster Float32 comporta ({2:.3g}); são escritas como NoData. Reduza os valores de resistência (mude a sua escala) para as manter.</translation>
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
        <translation>A camada {0} não está em modo de edição, por isso os seus vértices não podem ser movidos. Clique em Guardar alterações (volta a ativar a edição) ou em Ativar Edição e depois mova os vértices.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.py" line="409"/>
        <source>Editing of {0} was off, so there was nothing to save. It is on again: move the vertices with the Vertex Tool, then click Save edits.</source>
        <translation>A edição de {0} estava desativada, por isso não havia nada a guardar. Está novamente ativa: mova os vértices com a Ferramenta de vértice e clique em Guardar alterações.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="52"/>
        <source>The core ids {0} and {1} both become the file name {2} in the cost-distance folder. Give the cores ids that differ in letters or digits, not only in spaces, signs or case.</source>
        <translation>Os identificadores de área núcleo {0} e {1} dão o mesmo nome de arquivo {2} na pasta de custo-distância. Dê às áreas núcleo identificadores que difiram em letras ou dígitos, não apenas em espaços, sinais ou maiúsculas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="75"/>
        <source>The folder {0} holds cost-distance rasters of a run that did not finish ({1}; no {2}). Delete them or choose an empty folder.</source>
        <translation>A pasta {0} contém rasters de custo-distância de uma execução que não terminou ({1}; sem {2}). Apague-os ou escolha uma pasta vazia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="38"/>
        <source>The output {0} goes to {1}, which is not a file. The toolkit writes files only: choose a file (for example a .gpkg) and load it into the database afterwards.</source>
        <translation>A saída {0} vai para {1}, que não é um arquivo. A caixa de ferramentas só escreve arquivos: escolha um arquivo (por exemplo um .gpkg) e carregue-o depois no banco de dados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="108"/>
        <source>The folder given for {0}, {1}, is a file. Give the path of a folder (it is created when missing).</source>
        <translation>A pasta indicada para {0}, {1}, é um arquivo. Indique o caminho de uma pasta (ela é criada se não existir).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="115"/>
        <source>The output {0}, {1}, is a folder. Give a file name inside it.</source>
        <translation>A saída {0}, {1}, é uma pasta. Indique um nome de arquivo dentro dela.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="118"/>
        <source>The output folder {0} (for {1}) is a file, not a folder. Choose another folder.</source>
        <translation>A pasta de saída {0} (para {1}) é um arquivo, não uma pasta. Escolha outra pasta.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="122"/>
        <source>The output {0}, {1}, is also an input of this run; the toolkit never writes over its inputs. Choose another file name.</source>
        <translation>A saída {0}, {1}, é também uma entrada desta execução; a caixa de ferramentas nunca sobrescreve suas entradas. Escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="125"/>
        <source>The output {0}, {1}, is a corridor store; the toolkit never writes over it. Choose another file name.</source>
        <translation>A saída {0}, {1}, é um repositório de corredores; a caixa de ferramentas nunca o sobrescreve. Escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/destinations.py" line="135"/>
        <source>{0} and {1} name the same file, {2}. Give each output its own name.</source>
        <translation>{0} e {1} designam o mesmo arquivo, {2}. Dê a cada saída seu próprio nome.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="121"/>
        <source>The folder {0} is on a read-only disk, so {1} cannot be written there. Choose an output folder you can write to.</source>
        <translation>A pasta {0} está em um disco somente leitura, então {1} não pode ser escrito lá. Escolha uma pasta de saída em que você possa escrever.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="124"/>
        <source>You may not write in the folder {0} (permission denied), so {1} cannot be written there. Choose an output folder you can write to, or ask for write access.</source>
        <translation>Você não tem permissão para escrever na pasta {0} (permissão negada), então {1} não pode ser escrito lá. Escolha uma pasta de saída em que você possa escrever ou peça acesso de escrita.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="128"/>
        <source>The disk holding {0} is full: {1} could not be written, and nothing was kept. Free some space or choose an output folder on another disk.</source>
        <translation>O disco que contém {0} está cheio: {1} não pôde ser escrito e nada foi mantido. Libere espaço ou escolha uma pasta de saída em outro disco.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="130"/>
        <source>Could not write {0}: {1}. Nothing was kept.</source>
        <translation>Não foi possível escrever {0}: {1}. Nada foi mantido.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="179"/>
        <source>Output names may not start with {0}: the toolkit keeps that prefix for its temporary files. Choose another name.</source>
        <translation>Os nomes de saída não podem começar com {0}: a caixa de ferramentas reserva esse prefixo para seus arquivos temporários. Escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="199"/>
        <source>The toolkit cannot write a raster as a .{0} file ({1}). Use .tif (GeoTIFF), or another raster format GDAL writes, such as .asc or .sdat.</source>
        <translation>A caixa de ferramentas não pode escrever um raster como arquivo .{0} ({1}). Use .tif (GeoTIFF) ou outro formato raster que o GDAL escreva, como .asc ou .sdat.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/writers.py" line="312"/>
        <source>The toolkit cannot write a vector layer as a .{0} file ({1}). Use .gpkg (GeoPackage), .shp, .geojson or another vector format QGIS writes.</source>
        <translation>A caixa de ferramentas não pode escrever uma camada vetorial como arquivo .{0} ({1}). Use .gpkg (GeoPackage), .shp, .geojson ou outro formato vetorial que o QGIS escreva.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="260"/>
        <source>The profile file {0} is a binary file, not a criteria profile (JSON text). Pick the .json file exported from the Corridor check panel.</source>
        <translation>O ficheiro de perfil {0} é um ficheiro binário, não um perfil de critérios (texto JSON). Escolha o ficheiro .json exportado a partir do painel de verificação de corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="265"/>
        <source>The profile file {0} is not UTF-8 text (byte {1} at position {2}; it may be Latin-1 or Windows-1252). Open it in a text editor and save it with the UTF-8 encoding, then try again.</source>
        <translation>O ficheiro de perfil {0} não é texto UTF-8 (byte {1} na posição {2}; pode estar em Latin-1 ou Windows-1252). Abra-o num editor de texto, guarde-o com a codificação UTF-8 e tente de novo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="274"/>
        <source>The profile file {0} nests lists or objects too deeply to be a criteria profile. Pick the .json file exported from the Corridor check panel.</source>
        <translation>O ficheiro de perfil {0} aninha listas ou objetos a uma profundidade excessiva para ser um perfil de critérios. Escolha o ficheiro .json exportado a partir do painel de verificação de corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="332"/>
        <source>&apos;{0}&apos; is not a criteria profile id: ids use letters, digits, _ or - only. Pick a profile from the list, or give the path of a .json profile file.</source>
        <translation>'{0}' não é um identificador de perfil de critérios: os identificadores só usam letras, algarismos, _ ou -. Escolha um perfil da lista ou indique o caminho de um ficheiro de perfil .json.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="373"/>
        <source>&apos;{0}&apos; is not a profile modifier id: ids use letters, digits, _ or - only.</source>
        <translation>'{0}' não é um identificador de modificador de perfil: os identificadores só usam letras, algarismos, _ ou -.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="251"/>
        <source>The corridors could not be saved to {0}: {1}. Your {2} unsaved change(s) are kept in the layer&apos;s edit buffer. Close the program that writes to or locks this file (or wait for it to finish), or make the file writable, then save again.</source>
        <translation>Não foi possível guardar os corredores em {0}: {1}. As suas {2} alteração(ões) por guardar ficam no buffer de edição da camada. Feche o programa que escreve neste ficheiro ou o bloqueia (ou espere que termine), ou torne o ficheiro gravável, e guarde de novo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/store.py" line="342"/>
        <source>another program was writing to the file (database is locked)</source>
        <translation>outro programa estava a escrever no ficheiro (database is locked)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="163"/>
        <source>not a corridor run</source>
        <translation>não é uma execução de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="173"/>
        <source>&apos;geotransform&apos; needs 6 numbers and &apos;shape&apos; 2 positive whole numbers</source>
        <translation>'geotransform' precisa de 6 números e 'shape' de 2 números inteiros positivos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="180"/>
        <source>a link joins core {0} and core {1}, which are not both in &apos;cores&apos;</source>
        <translation>uma ligação une o núcleo {0} e o núcleo {1}, que não estão ambos em 'cores'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="183"/>
        <source>missing key {0}</source>
        <translation>falta a chave {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="199"/>
        <source>the window of core {0} does not match {1}</source>
        <translation>a janela do núcleo {0} não corresponde a {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="211"/>
        <source>The file {0} is damaged ({1}). Run Least-cost corridors (ccsg:leastcostcorridors) again, keeping the cost-distance rasters in a new folder, and use that folder.</source>
        <translation>O ficheiro {0} está danificado ({1}). Execute de novo Corredores de menor custo (ccsg:leastcostcorridors) guardando os rasters de custo-distância numa pasta nova, e use essa pasta.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="219"/>
        <source>&apos;{0}&apos; is not a list</source>
        <translation>'{0}' não é uma lista</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="221"/>
        <source>&apos;{0}&apos; is not a JSON object</source>
        <translation>'{0}' não é um objeto JSON</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="222"/>
        <source>&apos;{0}&apos; is not text</source>
        <translation>'{0}' não é texto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="231"/>
        <source>&apos;file&apos; {0} is not a file name in the folder</source>
        <translation>'file' {0} não é um nome de ficheiro da pasta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="234"/>
        <source>the window {0} of core {1} is not inside the grid</source>
        <translation>a janela {0} do núcleo {1} não está dentro da grelha</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="237"/>
        <source>the cap of core {0} is not a number</source>
        <translation>o limite do núcleo {0} não é um número</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/report.py" line="422"/>
        <source>Details (map, tables and width chart) are shown for the first {0} of the {1} corridors, the limit set by the parameter REPORT_MAX_CORRIDORS. Every corridor&apos;s results are in the output layer (fields *_status, *_value and check_details).</source>
        <translation>Os detalhes (mapa, tabelas e gráfico de largura) são mostrados para os primeiros {0} dos {1} corredores, o limite definido pelo parâmetro REPORT_MAX_CORRIDORS. Os resultados de todos os corredores estão na camada de saída (campos *_status, *_value e check_details).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="154"/>
        <source>Corridors with a detailed section (map, tables) in the report; the others in its summary only</source>
        <translation>Corredores com uma secção detalhada (mapa, tabelas) no relatório; os restantes só no resumo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="312"/>
        <source>This run may need about {0} of memory ({1} cells, {2} cores), more than the {3} free now. Close other programs, clip the resistance raster to the study area, use a coarser cell size or set a maximum distance between cores.</source>
        <translation>Esta execução pode precisar de cerca de {0} de memória ({1} células, {2} núcleos), mais do que os {3} livres agora. Feche outros programas, recorte o raster de resistência à área de estudo, use um tamanho de célula maior ou defina uma distância máxima entre núcleos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="71"/>
        <source>{0} feature(s) together sever the corridor ({1}): each needs mitigation</source>
        <translation>
            <numerusform>{0} elemento corta o corredor em conjunto com outros ({1}): precisa de mitigação</numerusform>
            <numerusform>{0} elementos cortam em conjunto o corredor ({1}): cada um precisa de mitigação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="73"/>
        <source>{0} feature(s) sever the corridor ({1}): each needs mitigation</source>
        <translation>
            <numerusform>{0} elemento corta o corredor ({1}): precisa de mitigação</numerusform>
            <numerusform>{0} elementos cortam o corredor ({1}): cada um precisa de mitigação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="117"/>
        <source>{0} has {1} crossing(s)</source>
        <translation>
            <numerusform>{0} tem {1} passagem de fauna</numerusform>
            <numerusform>{0} tem {1} passagens de fauna</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/barriers.py" line="119"/>
        <source>{0} has a {1} m stretch without crossing</source>
        <translation>{0} tem um troço de {1} m sem passagem de fauna</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/costeff.py" line="61"/>
        <source>core {0} has no cell in the resistance raster near the corridor</source>
        <translation>a área núcleo {0} não tem nenhuma célula no raster de resistência perto do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="40"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="83"/>
        <source>Attribute(s) {0} missing or &apos;Not Reported&apos;</source>
        <comment>, </comment>
        <translation>Atributo(s) {0} em falta ou 'Not Reported'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="119"/>
        <source>Attribute(s) {0} missing: a long-term commitment by legal or other effective means must be recorded</source>
        <comment>, </comment>
        <translation>Atributo(s) {0} em falta: é preciso registar um compromisso a longo prazo por meios legais ou outros meios eficazes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/definitional.py" line="153"/>
        <source>Attribute(s) {0} missing: record how effectiveness is measured (a plan and at least one indicator)</source>
        <comment>, </comment>
        <translation>Atributo(s) {0} em falta: registe como a eficácia é medida (um plano e pelo menos um indicador)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/design.py" line="88"/>
        <source>; {0} shorter than {1} m tolerated</source>
        <translation>; tolerados {0} com menos de {1} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="162"/>
        <source>largest hop between the cores {0} m; largest nearest-neighbour distance {1} m</source>
        <translation>maior salto entre as áreas núcleo {0} m; maior distância ao vizinho mais próximo {1} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="166"/>
        <source>largest nearest-neighbour distance {0} m (cores unknown)</source>
        <translation>maior distância ao vizinho mais próximo {0} m (áreas núcleo desconhecidas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/habitat.py" line="170"/>
        <source>{0} {1}; {2}</source>
        <translation>{0} {1}; {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="118"/>
        <source>{0}{1} is missing: add it to the profile</source>
        <translation>falta {0}{1}: adicione-o ao perfil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="121"/>
        <source>{0}{1} must be text, got {2}</source>
        <translation>{0}{1} deve ser texto, não {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="122"/>
        <source>{0}{1} must not be empty</source>
        <translation>{0}{1} não deve estar vazio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="129"/>
        <source>{0} must be a list of class names or codes, got {1}</source>
        <translation>{0} deve ser uma lista de nomes ou códigos de classe, não {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="132"/>
        <source>{0} must be a number, got {1}</source>
        <translation>{0} deve ser um número, não {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="133"/>
        <source>{0} must not be negative, got {1}</source>
        <translation>{0} não deve ser negativo, não {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="144"/>
        <source>{0}{1} is not a known field; known: {2}</source>
        <translation>{0}{1} não é um campo conhecido; conhecidos: {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="149"/>
        <source>criteria.{0} must be an object with level, thresholds, unit and source</source>
        <translation>criteria.{0} deve ser um objeto com level, thresholds, unit e source</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="153"/>
        <source>{0}level must be one of {1}, got {2}</source>
        <translation>{0}level deve ser um de {1}, não {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="155"/>
        <source>{0}enabled must be true or false, got {1}</source>
        <translation>{0}enabled deve ser true ou false, não {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="157"/>
        <source>{0}thresholds must be an object, got {1}</source>
        <translation>{0}thresholds deve ser um objeto, não {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="161"/>
        <source>{0}thresholds.{1} is not a threshold of {2}; known: {3}</source>
        <translation>{0}thresholds.{1} não é um limiar de {2}; conhecidos: {3}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="167"/>
        <source>{0}source must say where the thresholds come from</source>
        <translation>{0}source deve dizer de onde vêm os limiares</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="172"/>
        <source>{0} must be a list of land-cover class codes or names, got {1}</source>
        <translation>{0} deve ser uma lista de códigos ou nomes de classes de cobertura do solo, não {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="178"/>
        <source>species must be an object, got {0}</source>
        <translation>species deve ser um objeto, não {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="182"/>
        <source>species.{0} must be a positive number of metres, got {1}</source>
        <translation>species.{0} deve ser um número positivo de metros, não {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="190"/>
        <source>species.resistance_table must be an object class -&gt; resistance, got {0}</source>
        <translation>species.resistance_table deve ser um objeto classe -&gt; resistência, não {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="193"/>
        <source>species.resistance_table.{0} must be a number, got {1}</source>
        <translation>species.resistance_table.{0} deve ser um número, não {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="196"/>
        <source>species.sources must be an object of text, got {0}</source>
        <translation>species.sources deve ser um objeto de textos, não {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="201"/>
        <source>species.{0} is not a species parameter; known: {1}</source>
        <translation>species.{0} não é um parâmetro de espécie; conhecidos: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="205"/>
        <source>schema_version is missing: add &quot;schema_version&quot;: 1</source>
        <translation>falta schema_version: adicione &quot;schema_version&quot;: 1</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="207"/>
        <source>schema_version must be an integer, got {0}</source>
        <translation>schema_version deve ser um número inteiro, não {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="208"/>
        <source>schema_version {0} is newer than this plugin reads ({1}): update the plugin</source>
        <translation>schema_version {0} é mais recente do que o que este módulo lê ({1}): atualize o módulo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="210"/>
        <source>schema_version must be 1 or more, got {0}</source>
        <translation>schema_version deve ser 1 ou mais, não {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="216"/>
        <source>A criteria profile must be a JSON object</source>
        <translation>Um perfil de critérios deve ser um objeto JSON</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="217"/>
        <source>kind must be &quot;profile&quot; here, got {0} (modifiers are applied to a profile)</source>
        <translation>kind deve ser &quot;profile&quot; aqui, não {0} (os modificadores aplicam-se a um perfil)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="362"/>
        <source>id must use letters, digits, _ or - only, got {0}</source>
        <translation>id só deve usar letras, algarismos, _ ou -, não {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="226"/>
        <source>realm must be one of {0}, got {1}</source>
        <comment>, </comment>
        <translation>realm deve ser um de {0}, não {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="229"/>
        <source>modifiers must be a list of modifier ids, got {0}</source>
        <translation>modifiers deve ser uma lista de ids de modificador, não {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="238"/>
        <source>criteria is missing: add the criteria object</source>
        <translation>falta criteria: adicione o objeto criteria</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="240"/>
        <source>criteria must be an object of criterion id -&gt; settings, got {0}</source>
        <translation>criteria deve ser um objeto id de critério -&gt; definições, não {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="243"/>
        <source>criteria.{0}: unknown criterion id &apos;{1}&apos;; known ids: {2}</source>
        <translation>criteria.{0}: id de critério desconhecido '{1}'; ids conhecidos: {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="285"/>
        <source>Profile file {0}: modifiers lists unknown modifier &apos;{1}&apos;</source>
        <translation>Ficheiro de perfil {0}: modifiers inclui o modificador desconhecido '{1}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="327"/>
        <source>The profile file {0} does not exist</source>
        <translation>O ficheiro de perfil {0} não existe</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="375"/>
        <source>Unknown profile modifier &apos;{0}&apos;; available: {1}</source>
        <translation>Modificador de perfil desconhecido '{0}'; disponíveis: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="391"/>
        <source>Modifier {0}: criteria must be an object</source>
        <translation>Modificador {0}: criteria deve ser um objeto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="393"/>
        <source>Modifier {0}: criteria.{1}</source>
        <translation>Modificador {0}: criteria.{1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="394"/>
        <source>{0}: unknown criterion id &apos;{1}&apos;</source>
        <translation>{0}: id de critério desconhecido '{1}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="395"/>
        <source>{0} must be an object</source>
        <translation>{0} deve ser um objeto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="403"/>
        <source>{0}.multiply.{1} must name a threshold and give a number</source>
        <translation>{0}.multiply.{1} deve nomear um limiar e dar um número</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="407"/>
        <source>{0}.set.{1} is not a threshold of {2}</source>
        <translation>{0}.set.{1} não é um limiar de {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="410"/>
        <source>{0}.level must be one of {1}</source>
        <translation>{0}.level deve ser um de {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="48"/>
        <source>Elevation {0}-{1} m inside; mean core elevations {2} m and {3} m (difference {4} m)</source>
        <translation>Altitude {0}-{1} m no interior; altitude média das áreas núcleo {2} m e {3} m (diferença {4} m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="51"/>
        <source>{0}; reported only</source>
        <translation>{0}; apenas informativo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="76"/>
        <source>the {0} m ring is not covered by the raster</source>
        <translation>o anel de {0} m não está coberto pelo raster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="78"/>
        <source> ({0} % of the ring covered)</source>
        <translation> ({0} % do anel coberto)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/zonal.py" line="79"/>
        <source>{0} % in the {1} m ring{2}</source>
        <translation>{0} % no anel de {1} m{2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="22"/>
        <source>The cores layer {0} has no features.</source>
        <translation>A camada de áreas núcleo {0} não tem elementos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="22"/>
        <source>Pick the polygon layer of core areas (habitat patches, protected areas), or check its filter.</source>
        <translation>Escolha a camada de polígonos das áreas núcleo (manchas de habitat, áreas protegidas) ou verifique o seu filtro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="32"/>
        <source>{0} core(s) in {1} have no value in the id field &apos;{2}&apos; (feature ids {3}).</source>
        <translation>
            <numerusform>{0} área núcleo de {1} não tem valor no campo de identificador '{2}' (ids de elemento {3}).</numerusform>
            <numerusform>{0} áreas núcleo de {1} não têm valor no campo de identificador '{2}' (ids de elemento {3}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="32"/>
        <source>Fill &apos;{0}&apos; for every core (Open Attribute Table), or pick another id field.</source>
        <translation>Preencha '{0}' para cada área núcleo (Abrir tabela de atributos) ou escolha outro campo de identificador.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="50"/>
        <source>Core ids repeat in field &apos;{0}&apos; of {1}: {2}.</source>
        <translation>Identificadores de área núcleo repetidos no campo '{0}' de {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="50"/>
        <source>{0} ({1} times)</source>
        <translation>{0} ({1} vezes)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="50"/>
        <source>Give every core its own id (one id per core area; merge parts of one core with Vector &gt; Geoprocessing &gt; Dissolve on the id field).</source>
        <translation>Dê a cada área núcleo o seu próprio identificador (um por área núcleo; junte as partes de uma área núcleo com Vetor &gt; Geoprocessamento &gt; Dissolver sobre o campo de identificador).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="64"/>
        <source>{0} core(s) in {1} have no geometry (ids {2}).</source>
        <translation>
            <numerusform>{0} área núcleo de {1} não tem geometria (ids {2}).</numerusform>
            <numerusform>{0} áreas núcleo de {1} não têm geometria (ids {2}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="64"/>
        <source>Delete those features or draw their outline.</source>
        <translation>Apague esses elementos ou desenhe o seu contorno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="91"/>
        <source>Core(s) {0} of {1} lie outside the resistance raster (x {2} to {3}, y {4} to {5}).</source>
        <translation>
            <numerusform>A área núcleo {0} de {1} está fora do raster de resistência (x {2} a {3}, y {4} a {5}).</numerusform>
            <numerusform>As áreas núcleo {0} de {1} estão fora do raster de resistência (x {2} a {3}, y {4} a {5}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="91"/>
        <source>Check that the cores and the raster cover the same area and that both CRSs are set right; remove cores outside the study area or extend the raster.</source>
        <translation>Verifique que as áreas núcleo e o raster cobrem a mesma zona e que ambos os SRC estão bem definidos; retire as áreas núcleo fora da área de estudo ou alargue o raster.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="103"/>
        <source>Core(s) {0} of {1} reach beyond the resistance raster; only their part on the raster is used.</source>
        <translation>
            <numerusform>A área núcleo {0} de {1} ultrapassa o raster de resistência; só a sua parte no raster é usada.</numerusform>
            <numerusform>As áreas núcleo {0} de {1} ultrapassam o raster de resistência; só a sua parte no raster é usada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="103"/>
        <source>Extend the raster to cover the whole cores, or clip the cores to the study area.</source>
        <translation>Alargue o raster para cobrir as áreas núcleo inteiras ou recorte as áreas núcleo à área de estudo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="113"/>
        <source>Core(s) {0} of {1} are smaller than one raster cell ({2} x {3}): each is represented by the cells it touches.</source>
        <translation>
            <numerusform>A área núcleo {0} de {1} é menor do que uma célula do raster ({2} x {3}): é representada pelas células que toca.</numerusform>
            <numerusform>As áreas núcleo {0} de {1} são menores do que uma célula do raster ({2} x {3}): cada uma é representada pelas células que toca.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="113"/>
        <source>Use a finer resistance raster, or merge tiny cores into larger core areas.</source>
        <translation>Use um raster de resistência mais fino ou junte as áreas núcleo minúsculas em áreas núcleo maiores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="138"/>
        <source>Core(s) {0} of {1} lie entirely on NoData (or non-positive) resistance cells: no path can start there.</source>
        <translation>
            <numerusform>A área núcleo {0} de {1} está inteiramente sobre células NoData (ou de resistência não positiva): nenhum caminho pode começar aí.</numerusform>
            <numerusform>As áreas núcleo {0} de {1} estão inteiramente sobre células NoData (ou de resistência não positiva): nenhum caminho pode começar aí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="138"/>
        <source>Give the cells under these cores a resistance (fill NoData, or add their land-cover class to the table), or remove the cores.</source>
        <translation>Dê uma resistência às células sob estas áreas núcleo (preencha os NoData ou adicione a sua classe de cobertura do solo à tabela) ou retire essas áreas núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/core_checks.py" line="153"/>
        <source>{0} and {1} more</source>
        <translation>{0} e mais {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="20"/>
        <source>Layer &apos;{0}&apos; has no valid coordinate reference system.</source>
        <translation>A camada '{0}' não tem um sistema de referência de coordenadas válido.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="20"/>
        <source>Set its CRS in Layer Properties &gt; Source (the projected CRS the data was made in).</source>
        <translation>Defina o seu SRC em Propriedades da camada &gt; Fonte (o SRC projetado em que os dados foram produzidos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="29"/>
        <source>Layer &apos;{0}&apos; is in a geographic CRS ({1}): distances in degrees make cost distances meaningless.</source>
        <translation>A camada '{0}' está num SRC geográfico ({1}): com distâncias em graus o custo-distância não tem sentido.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="29"/>
        <source>Reproject it to a projected CRS in metres (Raster/Vector &gt; Projections &gt; Reproject, e.g. the national grid or UTM zone of the study area) and pick the reprojected layer here.</source>
        <translation>Reprojete-a para um SRC projetado em metros (Raster/Vetor &gt; Projeções &gt; Reprojetar, p. ex. a grelha nacional ou a zona UTM da área de estudo) e escolha aqui a camada reprojetada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="43"/>
        <source>Layer &apos;{0}&apos; ({1}) is not in the resistance raster&apos;s CRS ({2}); it will be reprojected to the raster&apos;s CRS for the analysis.</source>
        <translation>A camada '{0}' ({1}) não está no SRC do raster de resistência ({2}); será reprojetada para o SRC do raster para a análise.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="43"/>
        <source>Nothing to do if that is intended; to avoid resampling surprises, reproject it yourself to the raster&apos;s CRS.</source>
        <translation>Nada a fazer se for intencional; para evitar surpresas na reamostragem, reprojete-a você mesmo para o SRC do raster.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="66"/>
        <source>Raster &apos;{0}&apos; has {1} x {2} cells but &apos;{3}&apos; has {4} x {5}: values will be resampled.</source>
        <translation>O raster '{0}' tem células de {1} x {2} mas '{3}' tem de {4} x {5}: os valores serão reamostrados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="66"/>
        <source>Resample &apos;{0}&apos; to the same cell size and grid (Raster &gt; Projections &gt; Warp, with &apos;{1}&apos; as the target extent and resolution).</source>
        <translation>Reamostre '{0}' para o mesmo tamanho de célula e grelha (Raster &gt; Projeções &gt; Warp, com '{1}' como extensão e resolução de destino).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="81"/>
        <source>Raster &apos;{0}&apos; is shifted by {1} x {2} cells against &apos;{3}&apos;: cells do not line up.</source>
        <translation>O raster '{0}' está deslocado {1} x {2} células em relação a '{3}': as células não coincidem.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/crs_grid_checks.py" line="81"/>
        <source>Warp &apos;{0}&apos; onto the grid of &apos;{1}&apos; (Raster &gt; Projections &gt; Warp, same extent and resolution) so both rasters share cell edges.</source>
        <translation>Aplique warp a '{0}' sobre a grelha de '{1}' (Raster &gt; Projeções &gt; Warp, mesma extensão e resolução) para que ambos os rasters partilhem os limites das células.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run.py" line="93"/>
        <source>The values of &apos;{0}&apos; could not be read, so NoData and zero/negative resistance were not checked.</source>
        <translation>Não foi possível ler os valores de '{0}', por isso os NoData e as resistências nulas ou negativas não foram verificados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run.py" line="93"/>
        <source>Use a raster file (GeoTIFF) to get these checks.</source>
        <translation>Use um ficheiro raster (GeoTIFF) para obter estas verificações.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="138"/>
        <source>The cores layer &apos;{0}&apos; has {1} core with a geometry; corridors need at least two.</source>
        <translation>A camada de áreas núcleo '{0}' tem {1} área núcleo com geometria; os corredores precisam de pelo menos duas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="138"/>
        <source>Pick a layer with two or more core areas.</source>
        <translation>Escolha uma camada com duas ou mais áreas núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="151"/>
        <source>No two cores are within the maximum distance of {0} map units, so no corridor would be computed.</source>
        <translation>Nenhum par de áreas núcleo está dentro da distância máxima de {0} unidades do mapa, por isso nenhum corredor seria calculado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="151"/>
        <source>Raise the maximum distance between cores, or choose &apos;all pairs&apos;.</source>
        <translation>Aumente a distância máxima entre áreas núcleo ou escolha 'todos os pares'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="161"/>
        <source>all pairs</source>
        <translation>todos os pares</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="161"/>
        <source>pairs within {0} map units</source>
        <translation>pares a menos de {0} unidades do mapa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="163"/>
        <source>{0} core pairs will be analysed ({1} of {2} cores); this takes about {3}.</source>
        <translation>Serão analisados {0} pares de áreas núcleo ({1} de {2} áreas núcleo); isto demora cerca de {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="163"/>
        <source>Set a maximum distance between cores so only neighbouring cores are linked (Linkage Mapper links only nearby cores too), or use a coarser resistance raster.</source>
        <translation>Defina uma distância máxima entre áreas núcleo para ligar só as vizinhas (o Linkage Mapper também só liga as próximas) ou use um raster de resistência mais grosseiro.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="174"/>
        <source>about {0} of memory and {1}</source>
        <translation>cerca de {0} de memória e {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="176"/>
        <source>The analysis needs {0} ({1} cells), more than the {2} of memory free on this computer.</source>
        <translation>A análise precisa de {0} ({1} células), mais do que os {2} de memória livres neste computador.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="188"/>
        <source>The analysis needs {0}: more than half of the {1} free.</source>
        <translation>A análise precisa de {0}: mais de metade dos {1} livres.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="188"/>
        <source>Close other programs before running, or clip the rasters to the study area.</source>
        <translation>Feche outros programas antes de executar ou recorte os rasters à área de estudo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="197"/>
        <source> ({0} free)</source>
        <translation> ({0} livres)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="198"/>
        <source>{0} core pairs, {1} cells: about {2} of memory{3} and {4}.</source>
        <translation>{0} pares de áreas núcleo, {1} células: cerca de {2} de memória{3} e {4}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="198"/>
        <source>Nothing to do.</source>
        <translation>Nada a fazer.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="39"/>
        <source>within x {0} to {1}, y {2} to {3} (for example at {4})</source>
        <translation>entre x {0} e {1}, y {2} e {3} (por exemplo em {4})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="51"/>
        <source>resistance built from &apos;{0}&apos;</source>
        <translation>raster de resistência construído a partir de '{0}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="53"/>
        <source>resistance raster &apos;{0}&apos;</source>
        <translation>raster de resistência '{0}'</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="59"/>
        <source>about </source>
        <translation>cerca de </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="78"/>
        <source>The {0} holds only NoData: no cell can be crossed.</source>
        <translation>O {0} só contém NoData: nenhuma célula pode ser atravessada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="78"/>
        <source>Check the raster&apos;s NoData value in Layer Properties &gt; Transparency/Source, or pick the right raster; when building from land cover, give the classes a resistance in the table.</source>
        <translation>Verifique o valor NoData do raster em Propriedades da camada &gt; Transparência/Fonte ou escolha o raster certo; se for construído a partir da cobertura do solo, dê uma resistência às classes na tabela.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="91"/>
        <source>The {0} has {1}{2} NoData cells ({3}), {4}. They are impassable.</source>
        <translation>
            <numerusform>O {0} tem {1}{2} célula NoData ({3}), {4}. É intransponível.</numerusform>
            <numerusform>O {0} tem {1}{2} células NoData ({3}), {4}. São intransponíveis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="91"/>
        <source>Nothing to do if those cells are outside the study area or truly impassable; otherwise fill them (Raster &gt; Analysis &gt; Fill NoData) or give their class a resistance.</source>
        <translation>Nada a fazer se essas células estão fora da área de estudo ou são de facto intransponíveis; senão preencha-as (Raster &gt; Análise &gt; Preencher sem dados) ou dê uma resistência à sua classe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="102"/>
        <source>The {0} has {1}{2} cells with resistance 0, {3}. Resistance 0 would make moving free, so these cells cannot be used.</source>
        <translation>
            <numerusform>O {0} tem {1}{2} célula com resistência 0, {3}. Uma resistência 0 tornaria o movimento gratuito, por isso não pode ser usada.</numerusform>
            <numerusform>O {0} tem {1}{2} células com resistência 0, {3}. Uma resistência 0 tornaria o movimento gratuito, por isso não podem ser usadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="102"/>
        <source>Give them a small positive resistance (for example 1, the cost of the easiest land), with the Raster Calculator or in the class table; or set them to NoData if they are impassable.</source>
        <translation>Dê-lhes uma resistência positiva pequena (por exemplo 1, o custo do terreno mais fácil) com a Calculadora raster ou na tabela de classes; ou passe-as a NoData se forem intransponíveis.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="114"/>
        <source>The {0} has {1}{2} cells with negative resistance (lowest {3}), {4}.</source>
        <translation>
            <numerusform>O {0} tem {1}{2} célula com resistência negativa (mínimo {3}), {4}.</numerusform>
            <numerusform>O {0} tem {1}{2} células com resistência negativa (mínimo {3}), {4}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="114"/>
        <source>Resistance must be positive: check the NoData value (a NoData of -9999 not declared as NoData looks like this) or rescale the values so the lowest is 1.</source>
        <translation>A resistência tem de ser positiva: verifique o valor NoData (um NoData de -9999 não declarado como NoData tem este aspeto) ou reescale os valores para que o mínimo seja 1.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="134"/>
        <source>The class -&gt; resistance table for &apos;{0}&apos; is empty.</source>
        <translation>A tabela classe -&gt; resistência de '{0}' está vazia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="134"/>
        <source>Load a preset or a CSV file, or add one row per land-cover class with its resistance.</source>
        <translation>Carregue uma predefinição ou um ficheiro CSV, ou adicione uma linha por classe de cobertura do solo com a sua resistência.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="144"/>
        <source>Classes {0} have a resistance that is zero, negative or not a number.</source>
        <comment>, </comment>
        <translation>As classes {0} têm uma resistência nula, negativa ou que não é um número.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="144"/>
        <source>Give every class a positive resistance (1 = easiest to cross); write &apos;nodata&apos; to make a class impassable (an empty cell takes the default resistance).</source>
        <translation>Dê a cada classe uma resistência positiva (1 = a mais fácil de atravessar); escreva 'nodata' para tornar uma classe intransponível (uma célula vazia recebe a resistência predefinida).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="158"/>
        <source>they get the default resistance {0}</source>
        <translation>recebem a resistência predefinida {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="158"/>
        <source>they will be NoData (impassable)</source>
        <translation>serão NoData (intransponíveis)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="162"/>
        <source>Land-cover classes {0}{1} of &apos;{2}&apos; are not in the table: {3}.</source>
        <comment>, </comment>
        <translation>As classes de cobertura do solo {0}{1} de '{2}' não estão na tabela: {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="162"/>
        <source>Add a row for each class shown in red in the table, or set the default resistance on purpose.</source>
        <translation>Adicione uma linha para cada classe a vermelho na tabela ou defina de propósito a resistência predefinida.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="175"/>
        <source>The default resistance {0} is not positive.</source>
        <translation>A resistência predefinida {0} não é positiva.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/value_checks.py" line="175"/>
        <source>Set a positive default resistance, or choose &apos;impassable&apos; for unlisted classes.</source>
        <translation>Defina uma resistência predefinida positiva ou escolha 'intransponível' para as classes não listadas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gis/check_results.py" line="413"/>
        <source>Checking {0} corridor(s) against the profile {1}</source>
        <translation>
            <numerusform>A verificar {0} corredor com o perfil {1}</numerusform>
            <numerusform>A verificar {0} corredores com o perfil {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gis/report.py" line="406"/>
        <source>{0} corridor(s): {1} pass, {2} with warnings, {3} fail.</source>
        <translation>
            <numerusform>{0} corredor: {1} cumprem, {2} com avisos, {3} não cumprem.</numerusform>
            <numerusform>{0} corredores: {1} cumprem, {2} com avisos, {3} não cumprem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/styling.py" line="49"/>
        <source>&lt;= {0} (on the path)</source>
        <translation>&lt;= {0} (sobre o caminho)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/styling.py" line="50"/>
        <source>&lt;= {0} cost units</source>
        <translation>&lt;= {0} unidades de custo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gui/check_run.py" line="137"/>
        <source>{0} corridor(s) checked: {1} pass, {2} with warnings, {3} fail.</source>
        <translation>
            <numerusform>{0} corredor verificado: {1} cumprem, {2} com avisos, {3} não cumprem.</numerusform>
            <numerusform>{0} corredores verificados: {1} cumprem, {2} com avisos, {3} não cumprem.</numerusform>
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
        <translation>Hilty et al. 2020, diretrizes da UICN para conservar a conectividade: definição de corredor, 'espaço geográfico claramente definido' [K], espaço 'governado e gerido' [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="71"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: ecological network definition, cores joined by corridors [R]; snap distance 10 m is [I] design default of this plugin</source>
        <translation>Hilty et al. 2020, diretrizes da UICN para conservar a conectividade: definição de rede ecológica, áreas núcleo ligadas por corredores [R]; a tolerância de 10 m é [I] valor predefinido de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="72"/>
        <source>[I] design default of this plugin (90 %)</source>
        <translation>[I] valor predefinido de conceção desta ferramenta (90 %)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="73"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: corridor definition, &apos;to maintain or restore ecological connectivity&apos; [R]</source>
        <translation>Hilty et al. 2020, diretrizes da UICN para conservar a conectividade: definição de corredor, 'para manter ou restaurar a conectividade ecológica' [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="74"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: corridor definition, &apos;governed&apos; [R]; governance types A-D from the guidelines p. 2 and the WDPA [R]</source>
        <translation>Hilty et al. 2020, diretrizes da UICN para conservar a conectividade: definição de corredor, 'governado' [R]; tipos de governação A-D segundo as diretrizes p. 2 e a WDPA [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="75"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: corridor definition, &apos;managed&apos; [R]; WDPA MANG_PLAN field [R]</source>
        <translation>Hilty et al. 2020, diretrizes da UICN para conservar a conectividade: definição de corredor, 'gerido' [R]; campo MANG_PLAN da WDPA [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="76"/>
        <source>Hilty et al. 2020, IUCN guidelines for conserving connectivity: corridor definition, &apos;over the long term&apos; by legal or other effective means [R]; the guidelines give no number [K]; warning under 25 years is [I] design default of this plugin</source>
        <translation>Hilty et al. 2020, diretrizes da UICN para conservar a conectividade: definição de corredor, 'a longo prazo' por meios legais ou outros meios eficazes [R]; as diretrizes não dão um número [K]; o aviso abaixo de 25 anos é [I] valor predefinido de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="77"/>
        <source>Guidelines&apos; key message to measure and monitor effectiveness (Eurosite summary) [R]; Keeley et al. preprint on monitoring corridors [R]; assessment age 5 years is [I] design default of this plugin</source>
        <translation>Mensagem-chave das diretrizes: medir e monitorizar a eficácia (resumo da Eurosite) [R]; preprint de Keeley et al. sobre a monitorização de corredores [R]; a antiguidade de avaliação de 5 anos é [I] valor predefinido de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="78"/>
        <source>Beier 2019 rule of thumb, 2 km for multi-species corridors [R] (literature, not an IUCN rule)</source>
        <translation>Regra prática de Beier 2019, 2 km para corredores multiespécie [R] (literatura, não uma regra da UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="79"/>
        <source>Transects narrower than the min_width threshold, after Linkage Mapper&apos;s Pinchpoint Mapper idea [R]; tolerance and transect spacing are [I] design defaults of this plugin</source>
        <translation>Transectos mais estreitos do que o limiar min_width, segundo a ideia do Pinchpoint Mapper do Linkage Mapper [R]; a tolerância e o espaçamento dos transectos são [I] valores predefinidos de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="81"/>
        <source>CorridorDesign: longest known dispersal distance of the focal species [R]; corridor dwellers need home-range width, Beier 2019 reasoning [R] (literature, not an IUCN rule)</source>
        <translation>CorridorDesign: maior distância de dispersão conhecida da espécie focal [R]; as espécies que vivem no corredor precisam da largura da sua área de vida, raciocínio de Beier 2019 [R] (literatura, não uma regra da UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="82"/>
        <source>Bentrup 2008 §2.9 (qualitative) [R]; 5 km and a 25 % margin over the minimum width are [I] design defaults of this plugin</source>
        <translation>Bentrup 2008 §2.9 (qualitativo) [R]; 5 km e uma margem de 25 % acima da largura mínima são [I] valores predefinidos de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="83"/>
        <source>Habitat graph test [I]; gap_max from the profile&apos;s species parameters</source>
        <translation>Teste do grafo de habitat [I]; gap_max segundo os parâmetros de espécie do perfil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="84"/>
        <source>Bentrup 2008 §2.7 on stepping stones [R]; spacing ≤ gap_max [I]</source>
        <translation>Bentrup 2008 §2.7 sobre trampolins ecológicos [R]; espaçamento ≤ gap_max [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="85"/>
        <source>No guideline number [K]; 70 % natural cover is a placeholder, [I] design default of this plugin</source>
        <translation>Sem número nas diretrizes [K]; 70 % de cobertura natural é um valor provisório, [I] valor predefinido de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="86"/>
        <source>Edge effects strong and variable (Laurance et al. 2002, 2007) [R]; depth 100 m and share 50 % are [I] design defaults of this plugin</source>
        <translation>Efeitos de borda fortes e variáveis (Laurance et al. 2002, 2007) [R]; a profundidade de 100 m e a proporção de 50 % são [I] valores predefinidos de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="87"/>
        <source>Share of the least-cost path inside the corridor; 90 % is [I] design default of this plugin</source>
        <translation>Proporção do caminho de menor custo dentro do corredor; 90 % é [I] valor predefinido de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="88"/>
        <source>Unrestricted least-cost distance / cheapest route inside the corridor (1.0 = the corridor holds the best route); 0.9 and the search window margin are [I] design defaults of this plugin</source>
        <translation>Distância de menor custo sem restrição / percurso mais barato dentro do corredor (1,0 = o corredor contém o melhor percurso); 0,9 e a margem da janela de pesquisa são [I] valores predefinidos de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="89"/>
        <source>The guidelines stress climate adaptation (IUCN news) [R]; Linkage Priority climate linkages [R]; report only [I]</source>
        <translation>As diretrizes insistem na adaptação ao clima (notícias da UICN) [R]; ligações climáticas do Linkage Priority [R]; apenas informativo [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="91"/>
        <source>Gregory et al. 2021 §4.1-4.2 [R]; 30 m riparian buffer is [I] design default of this plugin</source>
        <translation>Gregory et al. 2021 §4.1-4.2 [R]; a faixa ribeirinha de 30 m é [I] valor predefinido de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="92"/>
        <source>[I] informational</source>
        <translation>[I] informativo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="93"/>
        <source>Avoid roads in corridors, Gregory et al. 2021 §3.5 [R]; each severing feature needs mitigation and the 10 m barrier width are [I] design defaults of this plugin</source>
        <translation>Evitar estradas nos corredores, Gregory et al. 2021 §3.5 [R]; a mitigação exigida para cada elemento que corta e a largura de barreira de 10 m são [I] valores predefinidos de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="94"/>
        <source>≥ 1 per severing barrier, spacing ≤ one home-range width, Gregory et al. 2021 §3.10 [R]; 50 m snap is [I] design default of this plugin</source>
        <translation>≥ 1 por barreira que corta, espaçamento ≤ uma largura de área de vida, Gregory et al. 2021 §3.10 [R]; a tolerância de 50 m é [I] valor predefinido de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="95"/>
        <source>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² counting all linear travel features [R] (literature, not an IUCN rule)</source>
        <translation>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² contando todos os elementos lineares de circulação [R] (literatura, não uma regra da UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="96"/>
        <source>Avoid urbanisation in or next to corridors, Gregory et al. 2021 §5.1 [R]; 5 % and a 500 m ring are [I] design defaults of this plugin</source>
        <translation>Evitar a urbanização dentro ou junto aos corredores, Gregory et al. 2021 §5.1 [R]; 5 % e um anel de 500 m são [I] valores predefinidos de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="97"/>
        <source>Minimise lighting, Gregory et al. 2021 §3.6 [R]; report only [I]</source>
        <translation>Minimizar a iluminação, Gregory et al. 2021 §3.6 [R]; apenas informativo [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="98"/>
        <source>Free-flowing rivers, Grill et al. 2019 [R]</source>
        <translation>Rios de curso livre, Grill et al. 2019 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="99"/>
        <source>Lateral dimension of river connectivity, Grill et al. 2019 [R]; report</source>
        <translation>Dimensão lateral da conectividade fluvial, Grill et al. 2019 [R]; informativo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="100"/>
        <source>California MLPA Science Advisory Team size guideline, 5-10 km alongshore (M. Carr slides) [R] (literature, not an IUCN rule)</source>
        <translation>Orientação de tamanho do Science Advisory Team da MLPA da Califórnia, 5-10 km ao longo da costa (diapositivos de M. Carr) [R] (literatura, não uma regra da UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="101"/>
        <source>Spacing ≤ the larval or adult dispersal distance of the target species (reefresilience; Leis 2006) [R]; user-set</source>
        <translation>Espaçamento ≤ a distância de dispersão larvar ou adulta da espécie-alvo (reefresilience; Leis 2006) [R]; definido pelo utilizador</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="102"/>
        <source>[K] the guidelines allow seasonal or temporary measures for migrations; check the wording</source>
        <translation>[K] as diretrizes admitem medidas sazonais ou temporárias para as migrações; verifique a redação</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="103"/>
        <source>resistance units</source>
        <translation>unidades de resistência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="114"/>
        <source>terrestrial</source>
        <translation>terrestre</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="115"/>
        <source>freshwater</source>
        <translation>água doce</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="116"/>
        <source>marine</source>
        <translation>marinho</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="117"/>
        <source>mixed</source>
        <translation>misto</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="127"/>
        <source>Federal or national ministry or agency</source>
        <translation>Ministério ou agência federal ou nacional</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="128"/>
        <source>Sub-national ministry or agency</source>
        <translation>Ministério ou agência subnacional</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="129"/>
        <source>Government-delegated management</source>
        <translation>Gestão delegada pelo governo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="130"/>
        <source>Transboundary governance</source>
        <translation>Governação transfronteiriça</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="131"/>
        <source>Collaborative governance</source>
        <translation>Governação colaborativa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="132"/>
        <source>Joint governance</source>
        <translation>Governação conjunta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="133"/>
        <source>Individual landowners</source>
        <translation>Proprietários individuais</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="134"/>
        <source>Non-profit organisations</source>
        <translation>Organizações sem fins lucrativos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="135"/>
        <source>For-profit organisations</source>
        <translation>Organizações com fins lucrativos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="136"/>
        <source>Indigenous peoples</source>
        <translation>Povos indígenas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="137"/>
        <source>Local communities</source>
        <translation>Comunidades locais</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="148"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="149"/>
        <source>Communal</source>
        <translation>Comunitária</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="150"/>
        <source>Joint ownership</source>
        <translation>Propriedade conjunta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="151"/>
        <source>Multiple ownership</source>
        <translation>Propriedade múltipla</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="152"/>
        <source>Contested</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="155"/>
        <source>statute</source>
        <translation>lei</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="156"/>
        <source>regulation</source>
        <translation>regulamento</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="157"/>
        <source>spatial/land-use plan zoning</source>
        <translation>zonamento do ordenamento do território</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="158"/>
        <source>conservation easement/covenant</source>
        <translation>servidão ambiental/acordo de conservação</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="159"/>
        <source>contract/agreement</source>
        <translation>contrato/acordo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="160"/>
        <source>customary/community rule</source>
        <translation>norma consuetudinária/comunitária</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="161"/>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="181"/>
        <source>structural</source>
        <translation>estrutural</translation>
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
        <translation>contínuo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="187"/>
        <source>stepping_stone</source>
        <translation>trampolins ecológicos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="188"/>
        <source>landscape_mosaic</source>
        <translation>mosaico de paisagem</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="191"/>
        <source>habitat</source>
        <translation>habitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="192"/>
        <source>conduit</source>
        <translation>conduta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="193"/>
        <source>filter</source>
        <translation>filtro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="194"/>
        <source>barrier</source>
        <translation>barreira</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="195"/>
        <source>source</source>
        <translation>fonte</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="196"/>
        <source>sink</source>
        <translation>sumidouro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="199"/>
        <source>permanent</source>
        <translation>permanente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="200"/>
        <source>seasonal</source>
        <translation>sazonal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="201"/>
        <source>dynamic</source>
        <translation>dinâmico</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="210"/>
        <source>n/a</source>
        <translation>não aplicável</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="215"/>
        <source>expert</source>
        <translation>perito</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="216"/>
        <source>least_cost</source>
        <translation>menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="217"/>
        <source>circuit_theory</source>
        <translation>teoria de circuitos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="218"/>
        <source>telemetry/occurrence</source>
        <translation>telemetria/registos de ocorrência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="221"/>
        <source>State Verified</source>
        <translation>Verificado pelo Estado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="222"/>
        <source>Expert Verified</source>
        <translation>Verificado por peritos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="231"/>
        <source>flat</source>
        <translation>plano</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="232"/>
        <source>round</source>
        <translation>arredondado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="241"/>
        <source>Amphibian migration paths measured 40-50 m wide, Coster et al. via conservationcorridor.org 2015 [R] (literature, not an IUCN rule)</source>
        <translation>Rotas de migração de anfíbios medidas com 40-50 m de largura, Coster et al. via conservationcorridor.org 2015 [R] (literatura, não uma regra da UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="242"/>
        <source>[I] design default of this plugin (30 m depth, 50 % share)</source>
        <translation>[I] valor predefinido de conceção desta ferramenta (30 m de profundidade, 50 % de proporção)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="243"/>
        <source>Any paved road severs an amphibian corridor [I]; blocking (required) in this profile [I]; Gregory et al. 2021 §3.5 [R]</source>
        <translation>Qualquer estrada pavimentada corta um corredor de anfíbios [I]; bloqueante (obrigatório) neste perfil [I]; Gregory et al. 2021 §3.5 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="244"/>
        <source>Under-passes are needed [I]; ≥ 1 per severing barrier, spacing ≤ home-range width, Gregory et al. 2021 §3.10 [R]</source>
        <translation>São necessárias passagens inferiores [I]; ≥ 1 por barreira que corta, espaçamento ≤ largura da área de vida, Gregory et al. 2021 §3.10 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="245"/>
        <source>[I] placeholder; migration path width 40-50 m (Coster et al.) [R]</source>
        <translation>[I] valor provisório; largura da rota de migração 40-50 m (Coster et al.) [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="246"/>
        <source>[I] placeholder: enter the longest known dispersal distance (CorridorDesign [R])</source>
        <translation>[I] valor provisório: indique a maior distância de dispersão conhecida (CorridorDesign [R])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="247"/>
        <source>[I] design default of this plugin</source>
        <translation>[I] valor predefinido de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="248"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (tree cover, shrubland, grassland, water, herbaceous wetland)</source>
        <translation>Códigos de classe da ESA WorldCover [I] valor predefinido de conceção desta ferramenta; adapte-os à sua legenda de cobertura do solo (coberto arbóreo, matos, pastagem, água, zona húmida herbácea)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="249"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (built-up)</source>
        <translation>Códigos de classe da ESA WorldCover [I] valor predefinido de conceção desta ferramenta; adapte-os à sua legenda de cobertura do solo (área edificada)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="250"/>
        <source>×1.5 climate adaptation modifier [I] (Bentrup 2008 §2.9 D: long-lived functions need more width [R])</source>
        <translation>Modificador de adaptação ao clima ×1.5 [I] (Bentrup 2008 §2.9 D: as funções de longa duração precisam de mais largura [R])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="251"/>
        <source>climate adaptation modifier: a non-trivial elevation gradient between the cores is required, 100 m is [I]</source>
        <translation>modificador de adaptação ao clima: exige-se um gradiente de altitude não trivial entre as áreas núcleo, 100 m é [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="253"/>
        <source>climate adaptation modifier: prefer riparian routes [K]</source>
        <translation>modificador de adaptação ao clima: preferir percursos ribeirinhos [K]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="254"/>
        <source>Bond 2003: ≥ 1,000 ft ≈ 300 m generic local rule [R]; 100-300 m range (literature, not an IUCN rule)</source>
        <translation>Bond 2003: ≥ 1,000 ft ≈ 300 m, regra local genérica [R]; intervalo de 100-300 m (literatura, não uma regra da UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="255"/>
        <source>Edge effects (Laurance et al. 2002, 2007) [R]; 50 m depth (50-100 m) and 50 % share are [I] design defaults of this plugin</source>
        <translation>Efeitos de borda (Laurance et al. 2002, 2007) [R]; profundidade de 50 m (50-100 m) e proporção de 50 % são [I] valores predefinidos de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="256"/>
        <source>≥ 1 per severing barrier, spacing ≤ one home-range width, Gregory et al. 2021 §3.10 [R]; 50 m snap is [I] design default of this plugin; culverts and canopy bridges are advisory here [I]</source>
        <translation>≥ 1 por barreira que corta, espaçamento ≤ uma largura de área de vida, Gregory et al. 2021 §3.10 [R]; a tolerância de 50 m é [I] valor predefinido de conceção desta ferramenta; as passagens hidráulicas e as pontes de copa são recomendadas aqui [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="257"/>
        <source>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² counting all linear travel features [R] (literature, not an IUCN rule); reported only in this profile [I]</source>
        <translation>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² contando todos os elementos lineares de circulação [R] (literatura, não uma regra da UICN); apenas informativo neste perfil [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="258"/>
        <source>[I] placeholder; enter your focal species&apos; value</source>
        <translation>[I] valor provisório; indique o valor da sua espécie focal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="259"/>
        <source>Desrochers &amp; Hannon 1997: forest birds cross &lt; 30 m readily [R]; 65-85 m thresholds for two Australian forest birds, Robertson &amp; Radford 2009 [R]</source>
        <translation>Desrochers &amp; Hannon 1997: as aves florestais atravessam facilmente &lt; 30 m [R]; limiares de 65-85 m para duas aves florestais australianas, Robertson &amp; Radford 2009 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="260"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (tree cover, mangroves)</source>
        <translation>Códigos de classe da ESA WorldCover [I] valor predefinido de conceção desta ferramenta; adapte-os à sua legenda de cobertura do solo (coberto arbóreo, mangais)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="261"/>
        <source>≥ 1 per severing barrier, spacing ≤ one home-range width, Gregory et al. 2021 §3.10 [R]; 50 m snap is [I] design default of this plugin; culverts must be fish-passable [I]</source>
        <translation>≥ 1 por barreira que corta, espaçamento ≤ uma largura de área de vida, Gregory et al. 2021 §3.10 [R]; a tolerância de 50 m é [I] valor predefinido de conceção desta ferramenta; as passagens hidráulicas devem ser transponíveis pelos peixes [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="262"/>
        <source>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² counting all linear travel features [R] (literature, not an IUCN rule); roads crossing the floodplain are counted [I]</source>
        <translation>Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² contando todos os elementos lineares de circulação [R] (literatura, não uma regra da UICN); as estradas que atravessam a planície de inundação são contadas [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="263"/>
        <source>0 barriers for a free-flowing target; free-flowing means connectivity status index ≥ 95 % over the whole river length, Grill et al. 2019 [R]</source>
        <translation>0 barreiras para um objetivo de curso livre; curso livre significa um índice de estado de conectividade ≥ 95 % em todo o comprimento do rio, Grill et al. 2019 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="264"/>
        <source>[I] placeholder</source>
        <translation>[I] valor provisório</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="265"/>
        <source>[I] placeholder: enter the focal species&apos; value</source>
        <translation>[I] valor provisório: indique o valor da espécie focal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="266"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (water, herbaceous wetland, mangroves)</source>
        <translation>Códigos de classe da ESA WorldCover [I] valor predefinido de conceção desta ferramenta; adapte-os à sua legenda de cobertura do solo (água, zona húmida herbácea, mangais)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="267"/>
        <source>Beier 2019 rule of thumb, 2 km [R]; Ford et al. 2020: effective width 3-6 km from residential areas, 0.4-1 km from trails [R] (literature, not IUCN rules)</source>
        <translation>Regra prática de Beier 2019, 2 km [R]; Ford et al. 2020: largura efetiva de 3-6 km a partir de zonas residenciais, 0.4-1 km a partir de trilhos [R] (literatura, não regras da UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="268"/>
        <source>CorridorDesign: longest known dispersal distance of the focal species [R]; corridor dwellers need home-range width, Beier 2019 reasoning [R] (literature, not an IUCN rule); enforced (required) in this profile [I]</source>
        <translation>CorridorDesign: maior distância de dispersão conhecida da espécie focal [R]; as espécies que vivem no corredor precisam da largura da sua área de vida, raciocínio de Beier 2019 [R] (literatura, não uma regra da UICN); exigido (obrigatório) neste perfil [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="269"/>
        <source>Edge effects (Laurance et al. 2002, 2007) [R]; 500 m depth and 50 % share are [I] design defaults of this plugin</source>
        <translation>Efeitos de borda (Laurance et al. 2002, 2007) [R]; a profundidade de 500 m e a proporção de 50 % são [I] valores predefinidos de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="270"/>
        <source>Avoid roads in corridors, Gregory et al. 2021 §3.5 [R]; each severing feature needs mitigation and the 10 m barrier width are [I] design defaults of this plugin; blocking (required) in this strict profile [I]</source>
        <translation>Evitar estradas nos corredores, Gregory et al. 2021 §3.5 [R]; a mitigação exigida para cada elemento que corta e a largura de barreira de 10 m são [I] valores predefinidos de conceção desta ferramenta; bloqueante (obrigatório) neste perfil estrito [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="271"/>
        <source>≥ 1 per severing barrier, spacing ≤ one home-range width, Gregory et al. 2021 §3.10 [R]; 50 m snap is [I] design default of this plugin; funnel fencing to the crossings, Gregory et al. 2021 §3.12 [R]</source>
        <translation>≥ 1 por barreira que corta, espaçamento ≤ uma largura de área de vida, Gregory et al. 2021 §3.10 [R]; a tolerância de 50 m é [I] valor predefinido de conceção desta ferramenta; vedações que encaminhem para as passagens, Gregory et al. 2021 §3.12 [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="272"/>
        <source>Wydeven et al. 2001: wolves 0.45-0.63 km/km² [R]; Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² [R]; the lower bound is used (literature, not an IUCN rule)</source>
        <translation>Wydeven et al. 2001: lobos 0.45-0.63 km/km² [R]; Averill-Murray &amp; Allison 2022: &lt; 0.6 km/km² [R]; usa-se o limite inferior (literatura, não uma regra da UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="273"/>
        <source>Gregory et al. 2021 §5.1 [R]; Ford et al. 2020: 3-6 km from residential areas [R], 3 km ring used; 5 % built-up is [I] design default of this plugin</source>
        <translation>Gregory et al. 2021 §5.1 [R]; Ford et al. 2020: 3-6 km a partir de zonas residenciais [R], usa-se um anel de 3 km; 5 % edificado é [I] valor predefinido de conceção desta ferramenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="274"/>
        <source>[I] placeholder, Ford et al. 2020 effective width 3-6 km [R]; enter your species&apos; value</source>
        <translation>[I] valor provisório, Ford et al. 2020 largura efetiva de 3-6 km [R]; indique o valor da sua espécie</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="275"/>
        <source>[I] placeholder: enter the longest known dispersal distance of the focal species (CorridorDesign [R])</source>
        <translation>[I] valor provisório: indique a maior distância de dispersão conhecida da espécie focal (CorridorDesign [R])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="276"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend</source>
        <translation>Códigos de classe da ESA WorldCover [I] valor predefinido de conceção desta ferramenta; adapte-os à sua legenda de cobertura do solo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="277"/>
        <source>User-set: spacing ≤ the larval or adult dispersal distance of the target species (reefresilience; Leis 2006) [R]; 50 km is an [I] placeholder</source>
        <translation>Definido pelo utilizador: espaçamento ≤ a distância de dispersão larvar ou adulta da espécie-alvo (reefresilience; Leis 2006) [R]; 50 km é um [I] valor provisório</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="278"/>
        <source>Beier 2019 rule of thumb: 2 km fits home ranges of corridor-dwelling mammals [R] (literature, not an IUCN rule)</source>
        <translation>Regra prática de Beier 2019: 2 km abrange as áreas de vida dos mamíferos que vivem em corredores [R] (literatura, não uma regra da UICN)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="279"/>
        <source>[I] placeholder: enter the longest known dispersal distance of the focal species, or of a similar species (CorridorDesign advice [R])</source>
        <translation>[I] valor provisório: indique a maior distância de dispersão conhecida da espécie focal, ou de uma espécie semelhante (conselho do CorridorDesign [R])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="280"/>
        <source>[I] fallback default, anchored on Laurance et al. 2002 (many Amazonian species avoid 100 m clearings) [R]</source>
        <translation>[I] valor predefinido de recurso, baseado em Laurance et al. 2002 (muitas espécies amazónicas evitam clareiras de 100 m) [R]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="281"/>
        <source>ESA WorldCover class codes [I] design default of this plugin; edit for your land-cover legend (tree cover, shrubland, grassland, herbaceous wetland, mangroves, moss and lichen)</source>
        <translation>Códigos de classe da ESA WorldCover [I] valor predefinido de conceção desta ferramenta; adapte-os à sua legenda de cobertura do solo (coberto arbóreo, matos, pastagem, zona húmida herbácea, mangais, musgo e líquen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="174"/>
        <source>{0} core(s) on a grid of {1} x {2} cells.</source>
        <translation>
            <numerusform>{0} área núcleo numa grelha de {1} x {2} células.</numerusform>
            <numerusform>{0} áreas núcleo numa grelha de {1} x {2} células.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="245"/>
        <source>Least-cost corridors: {0} pair(s) linked, {1} dropped (through another core).</source>
        <translation>
            <numerusform>Corredores de menor custo: {0} par ligado, {1} descartados (através de outra área núcleo).</numerusform>
            <numerusform>Corredores de menor custo: {0} pares ligados, {1} descartados (através de outra área núcleo).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_graph.py" line="31"/>
        <source>The conductance layer {0} has {1} cells with a negative value; conductances must be 0 (a barrier) or positive. Set those cells to NoData or fix the values.</source>
        <translation>A camada de condutância {0} tem {1} células com valor negativo; as condutâncias devem ser 0 (uma barreira) ou positivas. Defina essas células como NoData ou corrija os valores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_graph.py" line="34"/>
        <source>The resistance layer {0} has {1} cells with zero or negative resistance; circuit theory needs positive resistances. Use short-circuit regions for zero-resistance areas, or set those cells to NoData.</source>
        <translation>A camada de resistência {0} tem {1} células com resistência zero ou negativa; a teoria de circuitos precisa de resistências positivas. Use regiões de curto-circuito para áreas de resistência zero, ou defina essas células como NoData.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_graph.py" line="62"/>
        <source>Neighbours must be 4 or 8, not {0}.</source>
        <translation>Os vizinhos devem ser 4 ou 8, não {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_pairwise.py" line="76"/>
        <source>Focal node(s) {0} lie only on NoData cells of {1} (no valid cell); move them onto the raster&apos;s valid cells or remove them.</source>
        <comment>, </comment>
        <translation>Os nós focais {0} estão apenas sobre células NoData de {1} (nenhuma célula válida); mova-os para células válidas do raster ou remova-os.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_pairwise.py" line="79"/>
        <source>Current flow needs at least two focal nodes (distinct ids); {0} found.</source>
        <translation>O fluxo de corrente precisa de pelo menos dois nós focais (ids distintos); {0} encontrado(s).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_solver.py" line="133"/>
        <source>The circuit solver broke down (the network is not positive definite).</source>
        <translation>O solucionador do circuito falhou (a rede não é definida positiva).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_solver.py" line="148"/>
        <source>The circuit solver did not converge in {0} iterations (relative residual {1:.1e}).</source>
        <translation>O solucionador do circuito não convergiu em {0} iterações (resíduo relativo {1:.1e}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/circuit_solver.py" line="200"/>
        <source>The source or the sink has no valid cell.</source>
        <translation>A fonte ou o sumidouro não tem nenhuma célula válida.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/circuit_outputs.py" line="91"/>
        <source>Focal nodes {0} and {1}: not connected (no resistance).</source>
        <translation>Nós focais {0} e {1}: não conectados (sem resistência).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/circuit_outputs.py" line="92"/>
        <source>Focal nodes {0} and {1}: effective resistance {2:.6g}</source>
        <translation>Nós focais {0} e {1}: resistência efetiva {2:.6g}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="293"/>
        <source>Current flow between focal nodes (circuit theory)</source>
        <translation>Fluxo de corrente entre nós focais (teoria de circuitos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="294"/>
        <source>Circuit-theory connectivity</source>
        <translation>Conectividade por teoria de circuitos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="295"/>
        <source>Circuit-theory connectivity between focal nodes, as Circuitscape&apos;s pairwise raster mode computes it, with nothing else to install.
Every valid cell of the resistance raster is a node; neighbouring cells are joined by a conductance of 2 / (R1 + R2), or the mean of the two conductances with &apos;Average conductance&apos;; diagonal links (8 neighbours) are divided by the square root of 2. The cell size does not enter. NoData cells carry no current. Zero or negative resistance is refused.
Focal nodes: points or polygons with an id field; features sharing an id, and all the cells of a polygon, form one node. Short-circuit regions (optional polygons): areas of zero resistance, each one node.
For every pair of focal nodes, 1 A flows from one to the other. Outputs: the cumulative current over all pairs (a cell&apos;s current is the current passing through it), lines between the focal nodes with the effective resistance (NULL when the two are not connected), and, optionally, a folder with one voltage and one current map per pair.</source>
        <translation>Conectividade por teoria de circuitos entre nós focais, como a calcula o modo por pares raster do Circuitscape, sem mais nada a instalar.
Cada célula válida do raster de resistência é um nó; células vizinhas ligam-se por uma condutância de 2 / (R1 + R2), ou a média das duas condutâncias com 'Condutância média'; ligações diagonais (8 vizinhos) são divididas pela raiz quadrada de 2. O tamanho da célula não entra. Células NoData não levam corrente. Resistência zero ou negativa é recusada.
Nós focais: pontos ou polígonos com um campo de id; feições com o mesmo id, e todas as células de um polígono, formam um nó. Regiões de curto-circuito (polígonos opcionais): áreas de resistência zero, cada uma um nó.
Para cada par de nós focais flui 1 A de um para o outro. Saídas: a corrente acumulada de todos os pares (a corrente de uma célula é a que passa por ela), linhas entre os nós focais com a resistência efetiva (NULL quando não estão conectados) e, opcionalmente, uma pasta com um mapa de tensão e um de corrente por par.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="304"/>
        <source>Pinch points in corridors (circuit theory)</source>
        <translation>Pontos de estrangulamento em corredores (teoria de circuitos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="305"/>
        <source>Finds pinch points in least-cost corridors, as Linkage Mapper&apos;s Pinchpoint Mapper does: where current funnels through a narrow passage that, once lost, would sever the link.
Run folder: the folder &apos;Least-cost corridors between cores&apos; kept (advanced parameter &apos;Keep cost-distance rasters in folder&apos;). For each linked pair (links dropped through a third core stay dropped), the resistance inside that pair&apos;s corridor (cells up to CUTOFF cost units above the least-cost path) is taken, each core is one node, and 1 A flows from one core to the other (8 neighbours, average resistance). Current is NoData inside the cores. 0 keeps the whole corridor the run kept.
Square resistance: use the resistance squared (Linkage Mapper&apos;s option), which makes current follow the cheapest routes more closely.
Resistance raster (optional): the run&apos;s own raster is used when empty; another raster must be on the same grid.
Outputs: the pinch-point raster (the highest current of any pair in each cell), the least-cost paths with the effective resistance (times the cell size, as Linkage Mapper reports it) and the ratio of least-cost distance to effective resistance, and, optionally, the current of all pairs together in the union of the corridors (Linkage Mapper&apos;s raster centrality).</source>
        <translation>Encontra pontos de estrangulamento em corredores de menor custo, como o Pinchpoint Mapper do Linkage Mapper: onde a corrente se concentra numa passagem estreita que, se perdida, cortaria a ligação.
Pasta da execução: a pasta guardada por 'Corredores de menor custo entre núcleos' (parâmetro avançado 'Guardar os rasters de distância de custo numa pasta'). Para cada par ligado (ligações descartadas por passarem por um terceiro núcleo continuam descartadas), toma-se a resistência dentro do corredor do par (células até CUTOFF unidades de custo acima do caminho de menor custo), cada núcleo é um nó e flui 1 A de um núcleo ao outro (8 vizinhos, resistência média). A corrente é NoData dentro dos núcleos. 0 mantém todo o corredor guardado.
Elevar a resistência ao quadrado: usa a resistência ao quadrado (opção do Linkage Mapper), e a corrente segue mais de perto os caminhos mais baratos.
Raster de resistência (opcional): vazio usa o raster da execução; outro raster deve estar na mesma grade.
Saídas: o raster de pontos de estrangulamento (a maior corrente de qualquer par em cada célula), os caminhos de menor custo com a resistência efetiva (multiplicada pelo tamanho da célula, como o Linkage Mapper a reporta) e a razão entre distância de menor custo e resistência efetiva e, opcionalmente, a corrente de todos os pares juntos na união dos corredores (a centralidade raster do Linkage Mapper).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="64"/>
        <source>The raster holds conductances</source>
        <translation>O raster contém condutâncias</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="66"/>
        <source>Focal nodes (points or polygons)</source>
        <translation>Nós focais (pontos ou polígonos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="69"/>
        <source>Focal node id field</source>
        <translation>Campo de id do nó focal</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="71"/>
        <source>Neighbours (4 or 8)</source>
        <translation>Vizinhos (4 ou 8)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="73"/>
        <source>Average conductance (instead of resistance)</source>
        <translation>Condutância média (em vez da resistência)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="75"/>
        <source>Short-circuit regions (polygons, optional)</source>
        <translation>Regiões de curto-circuito (polígonos, opcional)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="78"/>
        <source>Short-circuit region id field</source>
        <translation>Campo de id da região de curto-circuito</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="182"/>
        <source>Cumulative current</source>
        <translation>Corrente acumulada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="184"/>
        <source>Effective resistances</source>
        <translation>Resistências efetivas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="83"/>
        <source>Voltage and current maps per pair (folder)</source>
        <translation>Mapas de tensão e corrente por par (pasta)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="110"/>
        <source>NEIGHBOURS must be 4 or 8, not {0}.</source>
        <translation>NEIGHBOURS deve ser 4 ou 8, não {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="114"/>
        <source>Choose a focal nodes layer.</source>
        <translation>Escolha uma camada de nós focais.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="156"/>
        <source>{0} focal nodes, {1} pairs, on a grid of {2} x {3} cells.</source>
        <translation>{0} nós focais, {1} pares, numa grade de {2} x {3} células.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_currentflow.py" line="180"/>
        <source>Current flow (circuit theory): {0} focal nodes, {1} pairs.</source>
        <translation>Fluxo de corrente (teoria de circuitos): {0} nós focais, {1} pares.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="169"/>
        <source>Done in {0:.1f} s.</source>
        <translation>Concluído em {0:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="57"/>
        <source>Corridor cutoff, cost units (0 = the whole kept corridor)</source>
        <translation>Limiar do corredor, unidades de custo (0 = todo o corredor guardado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="60"/>
        <source>Square the resistance</source>
        <translation>Elevar a resistência ao quadrado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="61"/>
        <source>Resistance raster (empty: the run&apos;s own)</source>
        <translation>Raster de resistência (vazio: o da execução)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="160"/>
        <source>Least-cost paths with effective resistance</source>
        <translation>Caminhos de menor custo com resistência efetiva</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="66"/>
        <source>All pairs together (current centrality)</source>
        <translation>Todos os pares juntos (centralidade de corrente)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="81"/>
        <source>The corridor run in {0} names no resistance raster that still exists ({1}); choose the resistance raster it was made with.</source>
        <translation>A execução de corredores em {0} não indica nenhum raster de resistência que ainda exista ({1}); escolha o raster de resistência com que foi feita.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="119"/>
        <source>The corridor run in {0} was made on another grid ({1} x {2} cells) than the resistance raster &apos;{3}&apos; ({4} x {5} cells, or another origin, cell size or CRS); choose the folder of a run on this raster, or that run&apos;s raster.</source>
        <translation>A execução de corredores em {0} foi feita noutra grade ({1} x {2} células) que o raster de resistência '{3}' ({4} x {5} células, ou outra origem, tamanho de célula ou SRC); escolha a pasta de uma execução sobre este raster, ou o raster dessa execução.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="126"/>
        <source>The corridor run in {0} has no linked pair of cores.</source>
        <translation>A execução de corredores em {0} não tem nenhum par de núcleos ligado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="127"/>
        <source>{0} linked pairs of cores.</source>
        <translation>{0} pares de núcleos ligados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="132"/>
        <source>Cores {0} and {1}: effective resistance {2}</source>
        <translation>Núcleos {0} e {1}: resistência efetiva {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="155"/>
        <source>Pinch points (circuit theory) in the corridors of {0}: {1} pairs, cutoff {2}.</source>
        <translation>Pontos de estrangulamento (teoria de circuitos) nos corredores de {0}: {1} pares, limiar {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_pinchpoints.py" line="165"/>
        <source>Current, all pairs together</source>
        <translation>Corrente, todos os pares juntos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/common.py" line="50"/>
        <source>The style could not be applied to {0}.</source>
        <translation>Não foi possível aplicar o estilo a {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="44"/>
        <source>{0} must be a number, not {1}.</source>
        <translation>{0} tem de ser um número, não {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="46"/>
        <source>The minimum radius {0:g} is below the cell size {1:g}; use at least one cell ({1:g} map units).</source>
        <translation>O raio mínimo {0:g} é inferior ao tamanho da célula {1:g}; use pelo menos uma célula ({1:g} unidades do mapa).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="49"/>
        <source>The radius step must be 0 (one radius) or positive, not {0:g}.</source>
        <translation>O passo do raio tem de ser 0 (um só raio) ou positivo, não {0:g}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="53"/>
        <source>The minimum radius {0:g} is above the maximum radius {1:g}; swap them.</source>
        <translation>O raio mínimo {0:g} é superior ao raio máximo {1:g}; troque-os.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="55"/>
        <source>The maximum radius {0:g} is larger than the raster ({1:g} map units across); use a smaller radius.</source>
        <translation>O raio máximo {0:g} é maior do que o raster ({1:g} unidades do mapa de extensão); use um raio menor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="59"/>
        <source>{0} radii from {1:g} to {2:g} by {3:g}: more than {4}; use a larger step.</source>
        <translation>{0} raios de {1:g} a {2:g} com passo {3:g}: mais de {4}; use um passo maior.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="150"/>
        <source>COMBINE must be 0 (maximum), 1 (sum) or 2 (both), not {0}.</source>
        <translation>COMBINE tem de ser 0 (máximo), 1 (soma) ou 2 (ambos), não {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="152"/>
        <source>Give at least one radius.</source>
        <translation>Indique pelo menos um raio.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/barriers.py" line="156"/>
        <source>The corridor run has no linked pair of cores with a least-cost distance above 0; there is nothing to restore.</source>
        <translation>A execução de corredores não tem nenhum par de núcleos ligado com distância de menor custo acima de 0; não há nada a restaurar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/crossings.py" line="172"/>
        <source>The infrastructure cells do not match the resistance grid.</source>
        <translation>As células da infraestrutura não correspondem à grelha de resistência.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/crossings.py" line="177"/>
        <source>The resistance grid has no passable cell.</source>
        <translation>A grelha de resistência não tem nenhuma célula transitável.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/crossings.py" line="227"/>
        <source>The resistance raster is not the one the corridor run used: the least-cost distance between cores {0} and {1} is {2:.6g} in the run but {3:.6g} on this raster. Give the resistance raster of that run.</source>
        <translation>O raster de resistência não é o que a execução de corredores usou: a distância de menor custo entre os núcleos {0} e {1} é {2:.6g} na execução mas {3:.6g} neste raster. Indique o raster de resistência dessa execução.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/ring_filter.py" line="29"/>
        <source>The cell size must be positive, not {0}.</source>
        <translation>O tamanho da célula tem de ser positivo, não {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/ring_filter.py" line="46"/>
        <source>The radius {0:g} is below the cell size {1:g}; use a radius of at least one cell.</source>
        <translation>O raio {0:g} é inferior ao tamanho da célula {1:g}; use um raio de pelo menos uma célula.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="67"/>
        <source>A network needs at least two core areas; there is {0}.</source>
        <translation>Uma rede precisa de pelo menos duas áreas núcleo; há {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="87"/>
        <source>The distance threshold must be 0 or more (it is {0}).</source>
        <translation>O limiar de distância deve ser 0 ou mais (é {0}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/centrality.py" line="39"/>
        <source>Link resistances must be finite and not negative for the current-flow centrality.</source>
        <translation>As resistências das ligações devem ser finitas e não negativas para a centralidade de fluxo de corrente.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/geometry.py" line="66"/>
        <source>The region has no area; choose the polygon of the country or landscape.</source>
        <translation>A região não tem área; escolha o polígono do país ou da paisagem.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/geometry.py" line="69"/>
        <source>No core area lies inside the region: the cores and the region do not overlap. Check that they are the same place (a region in another CRS is reprojected to the cores&apos; CRS).</source>
        <translation>Nenhuma área núcleo está dentro da região: as áreas núcleo e a região não se sobrepõem. Verifique que são o mesmo lugar (uma região noutro SRC é reprojetada para o SRC das áreas núcleo).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="49"/>
        <source>The dispersal distance must be greater than 0 (it is {0}); give the distance at which the probability of dispersal is the chosen probability.</source>
        <translation>A distância de dispersão deve ser maior que 0 (é {0}); indique a distância à qual a probabilidade de dispersão é a probabilidade escolhida.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="52"/>
        <source>The probability at the dispersal distance must be between 0 and 1, both excluded (it is {0}); 0.5 means half of the dispersers reach that distance.</source>
        <translation>A probabilidade à distância de dispersão deve estar entre 0 e 1, ambos excluídos (é {0}); 0.5 significa que metade dos indivíduos em dispersão atinge essa distância.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="69"/>
        <source>Core attributes must be finite and not negative; {0} are not.</source>
        <translation>Os atributos das áreas núcleo devem ser finitos e não negativos; {0} não o são.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/indices.py" line="72"/>
        <source>Every core has an attribute of 0, so there is nothing to connect; choose another attribute field or leave it empty to use the area.</source>
        <translation>Todas as áreas núcleo têm um atributo de 0, por isso não há nada a ligar; escolha outro campo de atributo ou deixe-o vazio para usar a área.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/priority.py" line="45"/>
        <source>The weight {0} must be 0 or more (it is {1}).</source>
        <translation>O peso {0} deve ser 0 ou mais (é {1}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/priority.py" line="80"/>
        <source>A core has no perimeter; every core must be a polygon with an area.</source>
        <translation>Uma área núcleo não tem perímetro; cada área núcleo deve ser um polígono com área.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/protconn.py" line="53"/>
        <source>The region has no area; choose a polygon layer that covers the study region.</source>
        <translation>A região não tem área; escolha uma camada de polígonos que cubra a região de estudo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/network/protconn.py" line="57"/>
        <source>No core area lies inside the region, so ProtConn is 0 and its parts are undefined; check that the region and the cores overlap.</source>
        <translation>Nenhuma área núcleo está dentro da região, por isso o ProtConn é 0 e as suas partes não estão definidas; verifique que a região e as áreas núcleo se sobrepõem.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="50"/>
        <source>The layer &apos;{0}&apos; holds {1} core; a network needs at least two cores. Add core areas, or choose the layer that holds all of them.</source>
        <translation>A camada '{0}' contém {1} área núcleo; uma rede precisa de pelo menos duas áreas núcleo. Acrescente áreas núcleo ou escolha a camada que as contém todas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="59"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos;; choose its attribute field or leave it empty to use the area.</source>
        <translation>A camada '{0}' não tem o campo '{1}'; escolha o seu campo de atributo ou deixe-o vazio para usar a área.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="72"/>
        <source>The attribute field &apos;{0}&apos; of &apos;{1}&apos; is empty, not a number or negative for the cores {2}; fill in a value of 0 or more for every core.</source>
        <translation>O campo de atributo '{0}' de '{1}' está vazio, não é um número ou é negativo para as áreas núcleo {2}; indique um valor de 0 ou mais para cada área núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="87"/>
        <source>Least-cost distances need the paths layer of a corridors run (PATHS).</source>
        <translation>As distâncias de menor custo precisam da camada de caminhos de uma execução de corredores (PATHS).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="91"/>
        <source>The paths layer &apos;{0}&apos; has no field {1}; choose the least-cost paths written by &apos;Least-cost corridors between cores&apos;.</source>
        <translation>A camada de caminhos '{0}' não tem o campo {1}; escolha os caminhos de menor custo escritos por 'Corredores de menor custo entre núcleos'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="108"/>
        <source>The paths layer &apos;{0}&apos; gives the pair {1}-{2} a least-cost distance of {3}; it must be 0 or more.</source>
        <translation>A camada de caminhos '{0}' dá ao par {1}-{2} uma distância de menor custo de {3}; deve ser 0 ou mais.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="117"/>
        <source>The paths layer &apos;{0}&apos; links cores {1} that are not in &apos;{2}&apos; (field of ids as chosen); use the paths of a corridors run on these cores.</source>
        <translation>A camada de caminhos '{0}' liga as áreas núcleo {1}, que não estão em '{2}' (com o campo de identificadores escolhido); use os caminhos de uma execução de corredores sobre estas áreas núcleo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="121"/>
        <source>The paths layer &apos;{0}&apos; holds no link with a least-cost distance; run the corridors first.</source>
        <translation>A camada de caminhos '{0}' não contém nenhuma ligação com distância de menor custo; execute primeiro os corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="131"/>
        <source>The region layer &apos;{0}&apos; must hold polygons (the country or landscape).</source>
        <translation>A camada de região '{0}' deve conter polígonos (o país ou a paisagem).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="133"/>
        <source>The region &apos;{0}&apos; is reprojected from {1} to the cores&apos; CRS {2}.</source>
        <translation>A região '{0}' é reprojetada de {1} para o SRC das áreas núcleo {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="138"/>
        <source>The region layer &apos;{0}&apos; has no area; choose the polygon of the country or landscape.</source>
        <translation>A camada de região '{0}' não tem área; escolha o polígono do país ou da paisagem.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/network_layers.py" line="154"/>
        <source>The field &apos;{0}&apos; of &apos;{1}&apos; is replaced by the computed field of that name.</source>
        <translation>O campo '{0}' de '{1}' é substituído pelo campo calculado com esse nome.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="25"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos; (the {2}).</source>
        <translation>A camada '{0}' não tem o campo '{1}' ({2}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="36"/>
        <source>The field &apos;{0}&apos; of &apos;{1}&apos; (the {2}) is empty, not a number or negative for the cores {3}; fill in a value of 0 or more.</source>
        <translation>O campo '{0}' de '{1}' ({2}) está vazio, não é um número ou é negativo para as áreas núcleo {3}; indique um valor de 0 ou mais.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="55"/>
        <source>The cores {0} of &apos;{1}&apos; cover no passable cell of the resistance raster &apos;{2}&apos;, so their mean resistance is unknown; check that the raster covers them.</source>
        <comment>, </comment>
        <translation>As áreas núcleo {0} de '{1}' não cobrem nenhuma célula transitável do raster de resistência '{2}', por isso a sua resistência média é desconhecida; verifique que o raster as cobre.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="66"/>
        <source>The link table &apos;{0}&apos; has no field &apos;{1}&apos;; it needs core_a, core_b and the expert value.</source>
        <translation>A tabela de ligações '{0}' não tem o campo '{1}'; precisa de core_a, core_b e do valor de especialista.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/priority_layers.py" line="77"/>
        <source>The link table &apos;{0}&apos; has no value in &apos;{1}&apos; for the pairs {2}; give every linked pair a value.</source>
        <translation>A tabela de ligações '{0}' não tem valor em '{1}' para os pares {2}; dê um valor a cada par ligado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="40"/>
        <source>Choose the folder of a corridor run (the cost-distance folder of Least-cost corridors).</source>
        <translation>Escolha a pasta de uma execução de corredores (a pasta de custo-distância de Corredores de menor custo).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="49"/>
        <source>The cost-distance raster {0} does not lie on the grid recorded in {1} (it comes from another raster or run); run Least-cost corridors again into an empty folder.</source>
        <translation>O raster de custo-distância {0} não está na grelha registada em {1} (vem de outro raster ou de outra execução); execute de novo Corredores de menor custo numa pasta vazia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="60"/>
        <source>The {0} &apos;{1}&apos; ({2} x {3} cells of {4:g} map units, {5}) is not on the grid of the corridor run in {6} ({7} x {8} cells of {9:g}, {10}): the run was made from another raster. Use the raster of that run, or run the corridors again on this one.</source>
        <translation>O {0} '{1}' ({2} x {3} células de {4:g} unidades do mapa, {5}) não está na grelha da execução de corredores em {6} ({7} x {8} células de {9:g}, {10}): a execução foi feita com outro raster. Use o raster dessa execução ou calcule de novo os corredores com este.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="70"/>
        <source>The {0} layer could not be opened.</source>
        <translation>Não foi possível abrir a camada de {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="290"/>
        <source>lines</source>
        <translation>linhas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="290"/>
        <source>points</source>
        <translation>pontos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="74"/>
        <source>The {0} layer &apos;{1}&apos; holds {2} geometries; it must hold {3}.</source>
        <translation>A camada de {0} '{1}' contém geometrias do tipo {2}; tem de conter {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="77"/>
        <source>The layer &apos;{0}&apos; has no coordinate reference system; set its CRS (Layer Properties &gt; Source) to the CRS it was made in.</source>
        <translation>A camada '{0}' não tem sistema de coordenadas de referência; defina o seu SRC (Propriedades da camada &gt; Fonte), aquele em que foi criada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="95"/>
        <source>Feature {0} of &apos;{1}&apos; has &apos;{2}&apos; in the field &apos;{3}&apos;; give a positive number (the resistance to add) or &apos;impassable&apos;.</source>
        <translation>O elemento {0} de '{1}' tem '{2}' no campo '{3}'; indique um número positivo (a resistência a somar) ou 'impassable'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="100"/>
        <source>Feature {0} of &apos;{1}&apos; adds a resistance of {2:g} (field &apos;{3}&apos;); give a positive number or &apos;impassable&apos;.</source>
        <translation>O elemento {0} de '{1}' soma uma resistência de {2:g} (campo '{3}'); indique um número positivo ou 'impassable'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="109"/>
        <source>infrastructure</source>
        <translation>infraestrutura</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="115"/>
        <source>The infrastructure layer &apos;{0}&apos; has no line; choose a layer that holds the roads, railways or fences.</source>
        <translation>A camada de infraestrutura '{0}' não tem nenhuma linha; escolha uma camada com as estradas, linhas férreas ou vedações.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="128"/>
        <source>No line of &apos;{0}&apos; crosses the resistance raster (after reprojection to its CRS); check the layer&apos;s CRS and extent.</source>
        <translation>Nenhuma linha de '{0}' atravessa o raster de resistência (após reprojeção para o seu SRC); verifique o SRC e a extensão da camada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_inputs.py" line="136"/>
        <source>crossings</source>
        <translation>passagens de fauna</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_outputs.py" line="34"/>
        <source>{0} cells of {1} exceed the largest value a Float32 raster holds; they are written as NoData.</source>
        <translation>{0} células de {1} excedem o maior valor que um raster Float32 admite; são escritas como NoData.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_outputs.py" line="86"/>
        <source>% of the LCD per map unit</source>
        <translation>% da LCD por unidade do mapa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_outputs.py" line="86"/>
        <source>cost units per map unit</source>
        <translation>unidades de custo por unidade do mapa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="332"/>
        <source>0 (no gain)</source>
        <translation>0 (sem ganho)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/restoration_outputs.py" line="96"/>
        <source>{0:,.0f} m</source>
        <translation>{0:,.0f} m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="282"/>
        <source>Restoration priorities (barriers)</source>
        <translation>Prioridades de restauro (barreiras)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="283"/>
        <source>Finds where restoring habitat would shorten the least-cost links between cores most, as Linkage Mapper&apos;s Barrier Mapper does, from the folder a &apos;Least-cost corridors between cores&apos; run kept (advanced parameter &apos;Keep cost-distance rasters in folder&apos;).
For every linked pair and radius r, the tool imagines a disc of radius r around each cell restored to resistance 1. A route could then go from one core to the edge of the disc, straight across it and on to the other core. The improvement score is how much that lowers the pair&apos;s least-cost distance (LCD) per map unit restored: (LCD - cost from core A to the disc&apos;s edge - cost from core B to it - 2r) / 2r. The disc&apos;s edge is a ring one cell wide, exact in map units on any cell size.
Radii: from the minimum to the maximum by the step, in map units (metres). The minimum must be at least the cell size; a step of 0 means one radius (the minimum).
Combine pairs: maximum (the best pair at each cell; negative scores are NoData), sum (negative scores and NoData count as 0), or both. Across radii the highest score is kept, and the radius raster says which radius gave it.
Percent: the score as a percentage of each pair&apos;s LCD (per map unit restored).
Outputs: the score at disc centres, the area to restore (the highest score of any disc covering the cell), the radius, and the top sites as ranked points (pair, score, radius_m, lcd_gain = the LCD drop in cost units, rank). Planners act on the sites.</source>
        <translation>Encontra onde o restauro do habitat encurtaria mais as ligações de menor custo entre núcleos, como o Barrier Mapper do Linkage Mapper, a partir da pasta guardada por uma execução de 'Corredores de menor custo entre núcleos' (parâmetro avançado 'Guardar os rasters de custo-distância numa pasta').
Para cada par ligado e cada raio r, a ferramenta imagina um disco de raio r à volta de cada célula restaurado para resistência 1. Um percurso poderia então ir de um núcleo até à borda do disco, atravessá-lo a direito e seguir até ao outro núcleo. A pontuação de melhoria é quanto isso baixa a distância de menor custo (LCD) do par por unidade do mapa restaurada: (LCD - custo do núcleo A até à borda do disco - custo do núcleo B até ela - 2r) / 2r. A borda do disco é um anel com uma célula de largura, exato em unidades do mapa com qualquer tamanho de célula.
Raios: do mínimo ao máximo segundo o passo, em unidades do mapa (metros). O mínimo tem de ser pelo menos o tamanho da célula; um passo de 0 significa um só raio (o mínimo).
Combinar pares: máximo (o melhor par em cada célula; pontuações negativas são NoData), soma (pontuações negativas e NoData contam como 0), ou ambos. Entre raios guarda-se a pontuação mais alta, e o raster de raios indica que raio a deu.
Percentagem: a pontuação como percentagem da LCD de cada par (por unidade do mapa restaurada).
Saídas: a pontuação nos centros dos discos, a área a restaurar (a pontuação mais alta de qualquer disco que cubra a célula), o raio, e os melhores locais como pontos ordenados (pair, score, radius_m, lcd_gain = a descida da LCD em unidades de custo, rank). Os planeadores atuam sobre os locais.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="291"/>
        <source>Infrastructure crossing priorities</source>
        <translation>Prioridades de travessia de infraestruturas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="292"/>
        <source>Measures how much linear infrastructure (roads, railways, canals, fences) raises the cost of each corridor of a kept &apos;Least-cost corridors between cores&apos; run, and where a crossing structure (underpass, overpass) would win most of it back.
Infrastructure: lines. The optional resistance field gives the resistance each line adds to the cells it touches (a positive number) or the text &apos;impassable&apos;; without the field, or where it is empty, the lines cannot be crossed. Lines in another CRS are reprojected to the run&apos;s grid.
Existing crossings (optional): points of underpasses and overpasses; the infrastructure stays permeable within one cell of each point.
Current (optional): the raster of &apos;Pinch points&apos; on the same grid; each crossing gets the highest current along its stretch.
Resistance (advanced): the resistance raster of the corridor run; by default the file the run recorded.
For each linked pair whose corridor the infrastructure crosses, one point per crossing stretch (the infrastructure cells inside the corridor that touch each other), placed where the stretch is nearest the least-cost path, with: severance_cost = how much the pair&apos;s least-cost distance (LCD) rises with the infrastructure burned in; keep_open_gain = how much of that a crossing structure at this stretch wins back (the pair is run again with only this stretch open); current; corridor_value = the corridor value at the point (0 on the least-cost path); rank (1 = build first). A pair the infrastructure cuts off has &apos;severed&apos; set and an empty severance_cost and keep_open_gain; &apos;reconnects&apos; marks the stretches whose crossing alone would reconnect it (they rank first). Each pair is run only inside its corridor&apos;s box unless the infrastructure pushes its route out of the corridor.</source>
        <translation>Mede quanto a infraestrutura linear (estradas, linhas férreas, canais, vedações) aumenta o custo de cada corredor de uma execução guardada de 'Corredores de menor custo entre núcleos', e onde uma passagem de fauna (passagem inferior, passagem superior) recuperaria a maior parte.
Infraestrutura: linhas. O campo de resistência opcional dá a resistência que cada linha soma às células em que toca (um número positivo) ou o texto 'impassable'; sem o campo, ou onde está vazio, as linhas não podem ser atravessadas. Linhas noutro SRC são reprojetadas para a grelha da execução.
Travessias existentes (opcional): pontos de passagens inferiores e superiores; a infraestrutura fica permeável a uma célula de cada ponto.
Corrente (opcional): o raster de 'Estrangulamentos' na mesma grelha; cada travessia recebe a corrente mais alta ao longo do seu troço.
Resistência (avançado): o raster de resistência da execução de corredores; por omissão, o ficheiro que a execução registou.
Para cada par ligado cujo corredor a infraestrutura atravessa, um ponto por troço de travessia (as células de infraestrutura dentro do corredor que se tocam), colocado onde o troço está mais perto do caminho de menor custo, com: severance_cost = quanto sobe a distância de menor custo (LCD) do par com a infraestrutura incorporada; keep_open_gain = quanto disso uma passagem de fauna neste troço recupera (o par é calculado de novo só com este troço aberto); current; corridor_value = o valor do corredor no ponto (0 no caminho de menor custo); rank (1 = construir primeiro). Um par que a infraestrutura isola tem 'severed' marcado e severance_cost e keep_open_gain vazios; 'reconnects' marca os troços cuja travessia sozinha o voltaria a ligar (ficam primeiro). Cada par é calculado só dentro do retângulo do seu corredor, a menos que a infraestrutura empurre o seu percurso para fora do corredor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="300"/>
        <source>Linkage priority</source>
        <translation>Prioridade das ligações</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="301"/>
        <source>Ranks the corridors of a corridors run, as Linkage Mapper&apos;s Linkage Priority tool does, and maps a blended priority raster.
Run folder: the folder kept by &apos;Least-cost corridors between cores&apos; (advanced parameter &apos;Keep cost-distance rasters in folder&apos;). Cores and resistance: the layers of that run.
Core area value (per core): a weighted sum of the mean resistance inside the core (inverted: low resistance scores high), the area, the area/perimeter ratio, an optional expert value and an optional current-flow centrality field (for example cf_centrality from &apos;Core network connectivity&apos;), each divided by its maximum; then rescaled from 0 (lowest) to 1 (highest) as norm_cav.
Per link: rel_close = 1 for the shortest path and 0 for the longest (path length); rel_perm = 1 for the lowest and 0 for the highest mean resistance along the path (lcd_per_path); csp = the weighted sum of rel_close, rel_perm, the mean norm_cav of the two cores and an optional expert value per pair (from a table with core_a, core_b and the value, rescaled 0 to 1); csp_norm = csp divided by the highest csp. When all links have the same value, the rescaled value is 1.
Blended priority raster: in each corridor, the truncation weight times the corridor&apos;s normalised value inverted (1 on the least-cost path, 0 at the run&apos;s width cutoff, or at the corridor&apos;s largest value when the run had no cutoff) plus the CSP weight times the corridor&apos;s csp_norm; where corridors overlap, the highest value.
Weights default to Linkage Mapper&apos;s demo: core value 0.33 resistance, 0.33 size, 0.34 area/perimeter; link 0.33 closeness, 0.33 permeability, 0.34 core value; blend 0.5 and 0.5. A weight above 0 for an expert value or centrality needs its field.</source>
        <translation>Ordena os corredores de uma execução de corredores, como a ferramenta Linkage Priority do Linkage Mapper, e cartografa um raster de prioridade combinada.
Pasta da execução: a pasta guardada por 'Corredores de menor custo entre núcleos' (parâmetro avançado 'Guardar os rasters de custo-distância numa pasta'). Áreas núcleo e resistência: as camadas dessa execução.
Valor da área núcleo (por área núcleo): uma soma ponderada da resistência média dentro da área núcleo (invertida: uma resistência baixa pontua alto), da área, da razão área/perímetro, de um valor de especialista opcional e de um campo opcional de centralidade de fluxo de corrente (por exemplo cf_centrality de 'Conectividade da rede de núcleos'), cada um dividido pelo seu máximo; depois reescalada de 0 (o menor) a 1 (o maior) como norm_cav.
Por ligação: rel_close = 1 para o caminho mais curto e 0 para o mais longo (comprimento do caminho); rel_perm = 1 para a menor e 0 para a maior resistência média ao longo do caminho (lcd_per_path); csp = a soma ponderada de rel_close, rel_perm, do norm_cav médio das duas áreas núcleo e de um valor de especialista opcional por par (de uma tabela com core_a, core_b e o valor, reescalado de 0 a 1); csp_norm = csp dividido pelo maior csp. Quando todas as ligações têm o mesmo valor, o valor reescalado é 1.
Raster de prioridade combinada: em cada corredor, o peso do corredor vezes o valor normalizado do corredor invertido (1 no caminho de menor custo, 0 no limiar de largura da execução, ou no maior valor do corredor quando a execução não tinha limiar) mais o peso CSP vezes o csp_norm do corredor; onde os corredores se sobrepõem, o valor mais alto.
Os pesos por omissão são os da demo do Linkage Mapper: valor da área núcleo 0.33 resistência, 0.33 tamanho, 0.34 área/perímetro; ligação 0.33 proximidade, 0.33 permeabilidade, 0.34 valor da área núcleo; combinação 0.5 e 0.5. Um peso acima de 0 para um valor de especialista ou a centralidade precisa do seu campo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="302"/>
        <source>Core network connectivity (PC, dPC, ProtConn, centrality)</source>
        <translation>Conectividade da rede de núcleos (PC, dPC, ProtConn, centralidade)</translation>
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
        <translation>Mede em que grau as áreas núcleo formam uma rede ligada, como o Conefor e o Centrality Mapper do Linkage Mapper, e que áreas núcleo e ligações importam mais.
Ligações: com distâncias euclidianas, cada par de áreas núcleo até ao limiar de distância (de borda a borda, em metros); com distâncias de menor custo, os pares da camada de caminhos de uma execução de corredores (campos core_a, core_b, lcd), em unidades de custo (então a distância de dispersão e o limiar também estão em unidades de custo).
Dispersão: a probabilidade de se deslocar entre duas áreas núcleo diminui com a distância, p = exp(-k d), e é igual à probabilidade dada à distância de dispersão. Entre áreas núcleo sem ligação direta conta a melhor cadeia de ligações (o produto máximo das probabilidades, p*).
PC (probabilidade de conectividade) = soma de a_i a_j p*_ij / A_L^2; EC (área ligada equivalente) = a raiz quadrada dessa soma, na unidade do atributo (hectares por omissão); IIC conta as ligações entre áreas núcleo separadas no máximo pelo limiar. A_L é a área da região em hectares quando é dada uma região; caso contrário, a soma dos atributos (então PC é 1 para uma rede cujas áreas núcleo estão totalmente ligadas).
Por área núcleo: dPC = a percentagem de PC perdida sem a área núcleo, repartida em dPC_intra (a sua própria área), dPC_flux (a dispersão de e para ela) e dPC_connector (o seu papel de trampolim ecológico para as outras), como em Saura e Rubio 2010; dIIC o mesmo para IIC; component = o grupo de áreas núcleo ligadas até ao limiar. Por ligação: p e dPC_link = a percentagem de PC perdida sem a ligação.
cf_centrality: o modo de rede do Circuitscape sobre as ligações (resistência = a distância da ligação; cada par de áreas núcleo ligadas transporta 1 A): para uma ligação, a sua corrente total sobre todos os pares, e para uma área núcleo, a sua corrente total, que inclui o 1 A de cada par de que a área núcleo é uma extremidade, como o Centrality Mapper do Linkage Mapper a conta.
ProtConn (com uma região; Saura et al. 2017): a percentagem da região que está protegida e ligada. Prot = percentagem protegida, ProtUnconn = Prot - ProtConn, e as partes do ProtConn em percentagem: Within (dentro de áreas núcleo individuais), Contig (através de áreas núcleo que se tocam), Unprot (através de terras não protegidas) e Trans (através de áreas núcleo fora da região). Só conta a área das áreas núcleo dentro da região; as áreas núcleo totalmente fora da região contam como trampolins ecológicos sem área (é a parte Trans). A ferramenta não conhece as áreas protegidas além da região que não estão na camada de áreas núcleo, por isso inclua as áreas vizinhas nessa camada para uma parte Trans completa. O ProtConn usa sempre áreas em hectares, seja qual for o campo de atributo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="325"/>
        <source>ranks 1 to 3</source>
        <translation>posições 1 a 3</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="326"/>
        <source>ranks 4 to 10</source>
        <translation>posições 4 a 10</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="327"/>
        <source>rank 11 and below</source>
        <translation>posição 11 em diante</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="330"/>
        <source>smallest radius</source>
        <translation>raio mais pequeno</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="331"/>
        <source>largest radius</source>
        <translation>raio maior</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="333"/>
        <source>highest gain</source>
        <translation>maior ganho</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="62"/>
        <source>Minimum radius, m</source>
        <translation>Raio mínimo, m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="62"/>
        <source>Maximum radius, m</source>
        <translation>Raio máximo, m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="62"/>
        <source>Radius step, m (0 = the minimum radius only)</source>
        <translation>Passo do raio, m (0 = só o raio mínimo)</translation>
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
        <translation>Soma</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="67"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="69"/>
        <source>Score as % of each pair&apos;s LCD</source>
        <translation>Pontuação como % da LCD de cada par</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="70"/>
        <source>Number of sites</source>
        <translation>Número de locais</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="74"/>
        <source>Restoration score (disc centres)</source>
        <translation>Pontuação de restauro (centros dos discos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="76"/>
        <source>Restoration score, summed over pairs (when combining both)</source>
        <translation>Pontuação de restauro somada entre pares (ao combinar ambos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="79"/>
        <source>Restoration score (area to restore)</source>
        <translation>Pontuação de restauro (área a restaurar)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="81"/>
        <source>Best radius</source>
        <translation>Melhor raio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="144"/>
        <source>Restoration sites</source>
        <translation>Locais de restauro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="118"/>
        <source>The radius step is 0: one radius, {0:g} m, is used.</source>
        <translation>O passo do raio é 0: usa-se um só raio, {0:g} m.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="120"/>
        <source>{0} linked pairs, {1} radii ({2}) on a grid of {3} x {4} cells.</source>
        <translation>{0} pares ligados, {1} raios ({2}) numa grelha de {3} x {4} células.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="133"/>
        <source>Restoration priorities from {0}: {1} pairs, radii {2} m, {3} sites.</source>
        <translation>Prioridades de restauro a partir de {0}: {1} pares, raios {2} m, {3} locais.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="136"/>
        <source>Restoration score</source>
        <translation>Pontuação de restauro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="136"/>
        <source>Area to restore</source>
        <translation>Área a restaurar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="136"/>
        <source>Restoration score (sum)</source>
        <translation>Pontuação de restauro (soma)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="142"/>
        <source>Best restoration radius</source>
        <translation>Melhor raio de restauro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_barriers.py" line="147"/>
        <source>Site {0}: score {1:.4g}, radius {2:g} m, LCD gain {3:,.0f} ({4}).</source>
        <translation>Local {0}: pontuação {1:.4g}, raio {2:g} m, ganho de LCD {3:,.0f} ({4}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="60"/>
        <source>Infrastructure (roads, railways, fences: lines)</source>
        <translation>Infraestrutura (estradas, linhas férreas, vedações: linhas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="62"/>
        <source>Resistance added (field: a number or &apos;impassable&apos;; none = impassable)</source>
        <translation>Resistência somada (campo: um número ou 'impassable'; nenhum = intransponível)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="67"/>
        <source>Existing crossings (underpasses, overpasses: points)</source>
        <translation>Travessias existentes (passagens inferiores, superiores: pontos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="70"/>
        <source>Current (from Pinch points)</source>
        <translation>Corrente (de Estrangulamentos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="72"/>
        <source>Resistance raster of the run (default: the one the run recorded)</source>
        <translation>Raster de resistência da execução (por omissão: o que a execução registou)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="187"/>
        <source>Infrastructure crossings</source>
        <translation>Travessias de infraestrutura</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="94"/>
        <source>The corridor run in {0} does not name a resistance raster that exists ({1}); give the run&apos;s resistance raster in the Resistance parameter.</source>
        <translation>A execução de corredores em {0} não indica um raster de resistência que exista ({1}); indique o raster de resistência da execução no parâmetro Resistência.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="98"/>
        <source>The resistance raster {0} that the corridor run in {1} used cannot be opened; give it in the Resistance parameter.</source>
        <translation>Não é possível abrir o raster de resistência {0} que a execução de corredores em {1} usou; indique-o no parâmetro Resistência.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="126"/>
        <source>Choose an infrastructure layer (lines).</source>
        <translation>Escolha uma camada de infraestrutura (linhas).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="133"/>
        <source>resistance raster</source>
        <translation>raster de resistência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="137"/>
        <source>current raster</source>
        <translation>raster de corrente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="142"/>
        <source>The layer &apos;{0}&apos; is reprojected from {1} to the run&apos;s CRS {2}.</source>
        <translation>A camada '{0}' é reprojetada de {1} para o SRC da execução {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="146"/>
        <source>{0} lines of &apos;{1}&apos; burned into {2} cells ({3} impassable).</source>
        <translation>{0} linhas de '{1}' incorporadas em {2} células ({3} intransponíveis).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="151"/>
        <source>{0} existing crossings keep the infrastructure open.</source>
        <translation>{0} travessias existentes mantêm a infraestrutura aberta.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="153"/>
        <source>{0} points of &apos;{1}&apos; lie more than one cell from any infrastructure line and were ignored.</source>
        <translation>{0} pontos de '{1}' estão a mais de uma célula de qualquer linha de infraestrutura e foram ignorados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="164"/>
        <source>Pair {0} of {1}: cores {2} and {3}</source>
        <translation>Par {0} de {1}: núcleos {2} e {3}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="175"/>
        <source>Cores {0} and {1}: the infrastructure cuts them off (LCD {2:,.0f} without it).</source>
        <translation>Núcleos {0} e {1}: a infraestrutura isola-os (LCD {2:,.0f} sem ela).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="178"/>
        <source>Cores {0} and {1}: LCD {2:,.0f} -&gt; {3:,.0f} with the infrastructure, {4} crossing stretches.</source>
        <translation>Núcleos {0} e {1}: LCD {2:,.0f} -&gt; {3:,.0f} com a infraestrutura, {4} troços de travessia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="182"/>
        <source>The infrastructure crosses no corridor of the run: the output has no point.</source>
        <translation>A infraestrutura não atravessa nenhum corredor da execução: a saída não tem pontos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_crossings.py" line="185"/>
        <source>Infrastructure crossings of {0} on the corridors of {1}: {2} stretches in {3} pairs.</source>
        <translation>Travessias de infraestrutura de {0} nos corredores de {1}: {2} troços em {3} pares.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="75"/>
        <source>Expert core value field</source>
        <translation>Campo de valor de especialista da área núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="78"/>
        <source>Current-flow centrality field (e.g. cf_centrality)</source>
        <translation>Campo de centralidade de fluxo de corrente (p. ex. cf_centrality)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="81"/>
        <source>Expert link values (table with core_a, core_b)</source>
        <translation>Valores de especialista das ligações (tabela com core_a, core_b)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="84"/>
        <source>Expert link value field</source>
        <translation>Campo de valor de especialista da ligação</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="88"/>
        <source>Core value weight: low resistance</source>
        <translation>Peso do valor da área núcleo: resistência baixa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="88"/>
        <source>Core value weight: area</source>
        <translation>Peso do valor da área núcleo: área</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="89"/>
        <source>Core value weight: area/perimeter</source>
        <translation>Peso do valor da área núcleo: área/perímetro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="90"/>
        <source>Core value weight: expert value</source>
        <translation>Peso do valor da área núcleo: valor de especialista</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="91"/>
        <source>Core value weight: centrality</source>
        <translation>Peso do valor da área núcleo: centralidade</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="92"/>
        <source>Link weight: closeness</source>
        <translation>Peso da ligação: proximidade</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="92"/>
        <source>Link weight: permeability</source>
        <translation>Peso da ligação: permeabilidade</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="93"/>
        <source>Link weight: core value</source>
        <translation>Peso da ligação: valor da área núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="93"/>
        <source>Link weight: expert value</source>
        <translation>Peso da ligação: valor de especialista</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="94"/>
        <source>Blend weight: corridor</source>
        <translation>Peso da combinação: corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="94"/>
        <source>Blend weight: link priority (csp)</source>
        <translation>Peso da combinação: prioridade da ligação (csp)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="195"/>
        <source>Linkage priority links</source>
        <translation>Ligações com prioridade</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="198"/>
        <source>Core area values</source>
        <translation>Valores das áreas núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="200"/>
        <source>Blended priority</source>
        <translation>Prioridade combinada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="143"/>
        <source>The corridor run in {0} links no pair of cores; there is nothing to rank.</source>
        <translation>A execução de corredores em {0} não liga nenhum par de áreas núcleo; não há nada a ordenar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="147"/>
        <source>The corridor run in {0} links cores {1} that are not in &apos;{2}&apos;; choose the cores layer and id field of that run.</source>
        <translation>A execução de corredores em {0} liga as áreas núcleo {1}, que não estão em '{2}'; escolha a camada de áreas núcleo e o campo de identificador dessa execução.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="165"/>
        <source>expert core value</source>
        <translation>valor de especialista da área núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="165"/>
        <source>current-flow centrality</source>
        <translation>centralidade de fluxo de corrente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="155"/>
        <source>expert link value</source>
        <translation>valor de especialista da ligação</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="160"/>
        <source>The weight of the {0} is above 0 but no field is given for it; choose the field or set the weight to 0.</source>
        <translation>O peso de {0} é maior que 0 mas não é indicado nenhum campo; escolha o campo ou ponha o peso a 0.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_linkagepriority.py" line="193"/>
        <source>Linkage priority of {0} corridors from {1}; the highest csp is cores {2} and {3}.</source>
        <translation>Prioridade de {0} corredores de {1}; o csp mais alto é o das áreas núcleo {2} e {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="70"/>
        <source>Attribute field (empty = area in hectares)</source>
        <translation>Campo de atributo (vazio = área em hectares)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="73"/>
        <source>Distance between cores</source>
        <translation>Distância entre áreas núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="73"/>
        <source>Euclidean, edge to edge</source>
        <translation>Euclidiana, de borda a borda</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="73"/>
        <source>Least-cost distance (paths of a corridors run)</source>
        <translation>Distância de menor custo (caminhos de uma execução de corredores)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="76"/>
        <source>Least-cost paths of a corridors run (core_a, core_b, lcd)</source>
        <translation>Caminhos de menor custo de uma execução de corredores (core_a, core_b, lcd)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="79"/>
        <source>Dispersal distance (m, or cost units with least-cost distances)</source>
        <translation>Distância de dispersão (m, ou unidades de custo com distâncias de menor custo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="82"/>
        <source>Probability of dispersal at that distance</source>
        <translation>Probabilidade de dispersão a essa distância</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="85"/>
        <source>Distance threshold for links and IIC (same unit as the dispersal distance)</source>
        <translation>Limiar de distância para as ligações e o IIC (mesma unidade que a distância de dispersão)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="88"/>
        <source>Region for ProtConn (country or landscape polygon)</source>
        <translation>Região para o ProtConn (polígono do país ou da paisagem)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="155"/>
        <source>Cores with dPC</source>
        <translation>Áreas núcleo com dPC</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="157"/>
        <source>Network links</source>
        <translation>Ligações da rede</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="159"/>
        <source>Network summary</source>
        <translation>Resumo da rede</translation>
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
        <translation>Áreas núcleo totalmente fora da região (trampolins ecológicos sem área para o ProtConn): {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="142"/>
        <source>No pair of cores is within the distance threshold: the network has no links, and every core is its own component.</source>
        <translation>Nenhum par de áreas núcleo está dentro do limiar de distância: a rede não tem ligações e cada área núcleo é a sua própria componente.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="149"/>
        <source>Core network: PC {0:.6g}, EC {1:.6g}, IIC {2:.6g}, {3} components, {4} links.</source>
        <translation>Rede de núcleos: PC {0:.6g}, EC {1:.6g}, IIC {2:.6g}, {3} componentes, {4} ligações.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_networkmetrics.py" line="153"/>
        <source>ProtConn {0:.3f} % (Prot {1:.3f} %).</source>
        <translation>ProtConn {0:.3f} % (Prot {1:.3f} %).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/circuit.py" line="24"/>
        <source>no pinch-point (current) raster</source>
        <translation>não há raster de pontos de estrangulamento (corrente)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/circuit.py" line="35"/>
        <source>raster &apos;{0}&apos; has no current inside the corridor</source>
        <translation>o raster '{0}' não tem corrente dentro do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/circuit.py" line="43"/>
        <source>Highest current {0} A ({1} % of the 1 A between the cores) at {2:.0f}, {3:.0f}; corridor median {4} A</source>
        <translation>Corrente mais alta {0} A ({1} % do 1 A entre as áreas núcleo) em {2:.0f}, {3:.0f}; mediana do corredor {4} A</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="176"/>
        <source>Pinch points (current)</source>
        <translation>Pontos de estrangulamento (corrente)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/pinch.py" line="111"/>
        <source>Current in candidate corridors</source>
        <translation>Corrente nos corredores candidatos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/demo/pinch.py" line="114"/>
        <source>1 A between the two cores of each candidate corridor, inside the corridor (circuit theory).</source>
        <translation>1 A entre as duas áreas núcleo de cada corredor candidato, dentro do corredor (teoria de circuitos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="179"/>
        <source>Pinch points (circuit theory)</source>
        <translation>Pontos de estrangulamento (teoria de circuitos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="41"/>
        <source>Pinch point current (circuit theory)</source>
        <translation>Corrente nos pontos de estrangulamento (teoria de circuitos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="80"/>
        <source>Highest current in the corridor per 1 A between its cores, from a ccsg:pinchpoints raster, after Linkage Mapper&apos;s Pinchpoint Mapper (McRae 2012) [R]; 0.5 is [I] design default of this plugin</source>
        <translation>Corrente mais alta do corredor por 1 A entre as suas áreas núcleo, de um raster de ccsg:pinchpoints, segundo o Pinchpoint Mapper do Linkage Mapper (McRae 2012) [R]; 0,5 é [I] valor por omissão de conceção deste complemento</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="178"/>
        <source>Pinch points: current raster from ccsg:pinchpoints (1 A between each pair of cores)</source>
        <translation>Pontos de estrangulamento: raster de corrente de ccsg:pinchpoints (1 A entre cada par de áreas núcleo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/climate_pairs.py" line="26"/>
        <source>Core {0} has no cell with a climate value; check that the climate raster covers it.</source>
        <translation>A área núcleo {0} não tem nenhuma célula com valor climático; verifique se o raster climático a cobre.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/climate_pairs.py" line="35"/>
        <source>The climate threshold must be 0 (no climate rule) or positive, not {0}.</source>
        <translation>O limiar climático deve ser 0 (sem regra climática) ou positivo, não {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/climate_pairs.py" line="48"/>
        <source>No pair of cores differs in climate (mean - 2 SD) by more than {0:g}; the largest difference is {1:g}. Lower the climate threshold.</source>
        <translation>Nenhum par de áreas núcleo difere em clima (média - 2 DP) em mais de {0:g}; a maior diferença é {1:g}. Reduza o limiar climático.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/edge_costs.py" line="58"/>
        <source>The climate cost must be 0 or positive (cost units per climate unit), not {0}.</source>
        <translation>O custo climático deve ser 0 ou positivo (unidades de custo por unidade climática), não {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="447"/>
        <source>A climate cost or climate threshold needs a climate raster.</source>
        <translation>Um custo climático ou um limiar climático requer um raster climático.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridors.py" line="459"/>
        <source>The climate grid does not match the resistance grid&apos;s shape.</source>
        <translation>A grelha climática não corresponde à forma da grelha de resistência.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/edge_costs.py" line="62"/>
        <source>A climate cost needs a climate grid.</source>
        <translation>Um custo climático requer uma grelha climática.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/edge_costs.py" line="66"/>
        <source>The climate grid has shape {0} but the resistance grid has shape {1}.</source>
        <translation>A grelha climática tem a forma {0}, mas a grelha de resistência tem a forma {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/pairs.py" line="22"/>
        <source>The minimum Euclidean distance must be 0 (none) or positive, not {0}.</source>
        <translation>A distância euclidiana mínima deve ser 0 (nenhuma) ou positiva, não {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/pairs.py" line="24"/>
        <source>The minimum Euclidean distance ({0:g}) is larger than the maximum ({1:g}); no pair can be linked.</source>
        <translation>A distância euclidiana mínima ({0:g}) é maior do que a máxima ({1:g}); nenhum par pode ser ligado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="46"/>
        <source>The barriers {0} have a passability outside 0..1 (first: {1}); passability is the share of fish that get past (0 = closed, 1 = fully open): correct those values.</source>
        <translation>As barreiras {0} têm uma transponibilidade fora de 0..1 (primeira: {1}); a transponibilidade é a fração de peixes que passam (0 = fechada, 1 = totalmente aberta): corrija esses valores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="70"/>
        <source>The river layer has no lines; choose a layer of river lines.</source>
        <translation>A camada de rios não tem linhas; escolha uma camada de linhas de rio.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="72"/>
        <source>The snap tolerance must be 0 or more map units, not {0}.</source>
        <translation>A tolerância de ajuste deve ser 0 ou mais unidades do mapa, não {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="78"/>
        <source>The river lines {0} have no habitat weight or a negative one; give every line a weight of 0 or more, or run without a weight field.</source>
        <translation>As linhas de rio {0} não têm peso de habitat ou têm um negativo; dê a cada linha um peso de 0 ou mais, ou execute sem campo de peso.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="92"/>
        <source>The outlet point is {0} map units from the nearest river line, more than the snap tolerance ({1}); move it onto the river mouth or raise the tolerance.</source>
        <translation>O ponto da foz está a {0} unidades do mapa da linha de rio mais próxima, mais do que a tolerância de ajuste ({1}); mova-o para a foz ou aumente a tolerância.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="98"/>
        <source>Two outlet points lie on the same river network; keep one outlet per network.</source>
        <translation>Dois pontos de foz estão na mesma rede fluvial; mantenha uma foz por rede.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="108"/>
        <source>No outlet found for the river network of lines {0}: {1} end points have no outgoing line (exactly one is needed when the lines are digitised downstream). Give an OUTLET point at the river mouth, or flip the lines that point upstream.</source>
        <translation>Não foi encontrada a foz da rede fluvial das linhas {0}: {1} extremidades não têm linha de saída (é preciso exatamente uma quando as linhas estão digitalizadas para jusante). Indique um ponto OUTLET na foz, ou inverta as linhas que apontam para montante.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="114"/>
        <source>The rivers form {0} separate networks (their end points are farther apart than the snap tolerance); the DCI is computed for each network on its own, as in Cote et al. (2009): see the summary table, one row per network. Lengths: {1}.</source>
        <translation>Os rios formam {0} redes separadas (as suas extremidades estão mais afastadas do que a tolerância de ajuste); o DCI é calculado para cada rede separadamente, como em Cote et al. (2009): veja a tabela de resumo, uma linha por rede. Comprimentos: {1}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/rivers/analysis.py" line="151"/>
        <source>{0} barrier(s) lie farther from the rivers than the snap tolerance ({1}) and are not used: {2}. They are kept in the barrier output with used = 0.</source>
        <translation>
            <numerusform>{0} barreira está mais longe dos rios do que a tolerância de ajuste ({1}) e não é usada: {2}. É mantida na saída de barreiras com used = 0.</numerusform>
            <numerusform>{0} barreiras estão mais longe dos rios do que a tolerância de ajuste ({1}) e não são usadas: {2}. São mantidas na saída de barreiras com used = 0.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/climate_input.py" line="47"/>
        <source>The climate raster &apos;{0}&apos; could not be resampled to the resistance grid ({1}); warp it to the resistance raster&apos;s grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>O raster climático '{0}' não pôde ser reamostrado para a grelha de resistência ({1}); reprojete-o primeiro para a grelha do raster de resistência (Raster &gt; Projeções &gt; Reprojetar (warp)).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/climate_input.py" line="66"/>
        <source>The climate raster &apos;{0}&apos; is not on the resistance raster&apos;s grid (cells of {1:g} x {2:g} in {3}, the resistance has {4:g} x {5:g} in {6}); it was resampled to the resistance grid (bilinear). Warp it to the resistance grid yourself to control the resampling.</source>
        <translation>O raster climático '{0}' não está na grelha do raster de resistência (células de {1:g} x {2:g} em {3}; a resistência tem {4:g} x {5:g} em {6}); foi reamostrado para a grelha de resistência (bilinear). Reprojete-o por si para a grelha de resistência para controlar a reamostragem.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/climate_input.py" line="73"/>
        <source>The climate raster &apos;{0}&apos; has no value over the resistance raster&apos;s valid cells; check that both cover the same area.</source>
        <translation>O raster climático '{0}' não tem valores nas células válidas do raster de resistência; verifique se ambos cobrem a mesma área.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/climate_input.py" line="77"/>
        <source>{0} cells of the resistance raster have no value in the climate raster &apos;{1}&apos; (NoData or outside it); they are treated as impassable. Fill them (e.g. Fill NoData) if animals can cross them.</source>
        <translation>{0} células do raster de resistência não têm valor no raster climático '{1}' (NoData ou fora dele); são tratadas como intransponíveis. Preencha-as (p. ex. Preencher NoData) se os animais as puderem atravessar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="28"/>
        <source>The rivers layer &apos;{0}&apos; holds {1} features; choose a layer of river lines.</source>
        <translation>A camada de rios '{0}' contém elementos do tipo {1}; escolha uma camada de linhas de rio.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="31"/>
        <source>The rivers layer &apos;{0}&apos; has no field &apos;{1}&apos;; choose its habitat weight field.</source>
        <translation>A camada de rios '{0}' não tem o campo '{1}'; escolha o seu campo de peso de habitat.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="43"/>
        <source>The rivers layer &apos;{0}&apos; has no lines with a geometry.</source>
        <translation>A camada de rios '{0}' não tem linhas com geometria.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="50"/>
        <source>The layer &apos;{0}&apos; holds {1} features; it must hold points.</source>
        <translation>A camada '{0}' contém elementos do tipo {1}; deve conter pontos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="53"/>
        <source>The layer &apos;{0}&apos; has no field &apos;{1}&apos;; choose its passability field.</source>
        <translation>A camada '{0}' não tem o campo '{1}'; escolha o seu campo de transponibilidade.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="77"/>
        <source>DCI: chance that fish can move between two points of the river (100 = no barrier); c_outlet: passability from the section to the outlet</source>
        <translation>DCI: probabilidade de os peixes se moverem entre dois pontos do rio (100 = sem barreiras); c_outlet: transponibilidade do troço até à foz</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/rivers.py" line="90"/>
        <source>dDCI: DCI points gained if this barrier alone is made fully passable</source>
        <translation>dDCI: pontos de DCI ganhos se apenas esta barreira se tornar totalmente transponível</translation>
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
        <translation>Cartografa corredores de menor custo entre áreas núcleo, como faz o Linkage Pathways do Linkage Mapper.
Para cada par de núcleos, a ferramenta calcula o custo do percurso mais barato (a distância de menor custo, LCD) e, para cada célula, quanto custa a mais ir de um núcleo ao outro passando por essa célula. Esse custo adicional é 0 sobre o caminho de menor custo e cresce ao afastar-se dele. O raster de corredores guarda, para cada célula, o menor valor entre todos os pares ligados, até ao limiar de largura.
Núcleos: polígonos com um campo de id (um elemento por núcleo). Uma célula pertence a um núcleo quando o seu centro está dentro dele; um núcleo pequeno demais para conter um centro de célula fica com as células em que toca.
Resistência: um raster num SRC projetado (metros); as células NoData não podem ser atravessadas; os valores têm de ser positivos. Passar de uma célula para outra custa a resistência média das duas células vezes a distância em metros.
Distância euclidiana máxima: só os pares de núcleos mais próximos do que esta distância (de borda a borda, em metros) são ligados; 0 liga todos os pares.
Limiar de largura: manter as células até este número de unidades de custo acima do caminho de menor custo (o valor predefinido do Linkage Mapper é 200 000); 0 mantém tudo. Percentagem do limiar de largura (avançado): se for maior do que 0, cada par mantém em vez disso a sua própria LCD vezes esta percentagem.
Descartar ligações através de outros núcleos: um caminho que atravessa um terceiro núcleo é deixado de fora (essa ligação passa pelo terceiro núcleo), como o Linkage Mapper faz por predefinição.
Resultados: o raster de corredores (0 = sobre um caminho de menor custo), os caminhos de menor custo como linhas (core_a, core_b, lcd, path_length_m, euclid_dist_m, lcd_per_euclid, lcd_per_path = resistência média ao longo do caminho, via_core) e um polígono de corredor por par (core_a, core_b, area_ha; sem as células dos núcleos). Uma pasta opcional guarda o raster de custo-distância de cada núcleo para que 'Recortar de novo os corredores' experimente outros limiares em segundos.
Gradiente climático (avançado, opcional; Climate Linkage Mapper): com um raster climático (p. ex. temperatura média anual), o clima de cada área núcleo é a média - 2 DP do raster sobre as suas células; os pares só são ligados quando os seus climas diferem em mais do que o limiar climático (0 = sem regra climática), e cada passo custa ainda o custo climático x a diferença climática entre as duas células (igual a subir e a descer), de modo que as ligações seguem gradientes climáticos suaves. Um raster climático noutra grelha é reamostrado para a grelha de resistência; as células sem valor climático não podem ser atravessadas. Distância euclidiana mínima: os pares mais próximos do que isto (de bordo a bordo, em metros) não são ligados. Os caminhos têm então também climate_a, climate_b (média - 2 DP de cada área núcleo), climate_diff e climate_cost_share (a parte da distância de menor custo devida ao termo climático, de 0 a 1).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="308"/>
        <source>River connectivity (DCI)</source>
        <translation>Conectividade fluvial (DCI)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="309"/>
        <source>Freshwater connectivity</source>
        <translation>Conectividade de água doce</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="310"/>
        <source>Dendritic Connectivity Index (Cote et al. 2009) of a river network fragmented by barriers (dams, weirs, culverts), and the gain from opening each barrier.
Rivers: lines in a projected CRS; lines whose end points lie within the snap tolerance (map units) are joined. Barriers: points with a passability from 0 (closed) to 1 (open); a missing value counts as 0. Barriers farther from the rivers than the snap tolerance are kept in the output with used = 0.
Outlet: a point at the river mouth; without it, the lines must be digitised downstream and the one end with no outgoing line is the outlet. Habitat weight field: section length x weight replaces length.
A section is a stretch between barriers; c_ij is the best product of passabilities between sections i and j. DCI_p = 100 sum c_ij l_i l_j / L^2 (potamodromous fish), DCI_d = 100 sum c_i,outlet l_i / L (diadromous fish). dDCI_p and dDCI_d: the points gained when that barrier alone becomes fully passable, ranked 1 = largest gain. Separate river systems are reported one row each in the summary.</source>
        <translation>Índice de conectividade dendrítica (Cote et al. 2009) de uma rede fluvial fragmentada por barreiras (barragens, açudes, bueiros), e o ganho de abrir cada barreira.
Rios: linhas num SRC projetado; as linhas cujas extremidades estão dentro da tolerância de ajuste (unidades do mapa) são unidas. Barreiras: pontos com uma transponibilidade de 0 (fechada) a 1 (aberta); um valor vazio conta como 0. As barreiras mais longe dos rios do que a tolerância são mantidas na saída com used = 0.
Foz: um ponto na foz do rio; sem ele, as linhas devem estar digitalizadas para jusante e a única extremidade sem linha de saída é a foz. Campo de peso de habitat: comprimento do troço x peso substitui o comprimento.
Um troço é um trecho entre barreiras; c_ij é o melhor produto das transponibilidades entre os troços i e j. DCI_p = 100 soma c_ij l_i l_j / L^2 (peixes potamódromos), DCI_d = 100 soma c_i,foz l_i / L (peixes diádromos). dDCI_p e dDCI_d: os pontos ganhos quando apenas essa barreira se torna totalmente transponível, com posição 1 = maior ganho. Cada sistema fluvial separado tem a sua própria linha no resumo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="90"/>
        <source>Minimum Euclidean distance between cores, m (0 = none)</source>
        <translation>Distância euclidiana mínima entre áreas núcleo, m (0 = nenhuma)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="93"/>
        <source>Climate raster (e.g. mean annual temperature)</source>
        <translation>Raster climático (p. ex. temperatura média anual)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="95"/>
        <source>Climate threshold: link cores whose climates differ by more than (0 = no climate rule)</source>
        <translation>Limiar climático: ligar áreas núcleo cujos climas difiram em mais de (0 = sem regra climática)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="98"/>
        <source>Climate cost, cost units per climate unit crossed</source>
        <translation>Custo climático, unidades de custo por unidade climática atravessada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_truncatecorridors.py" line="74"/>
        <source>Climate gradient: climate raster {0}, climate threshold {1:g}, climate cost {2:g} per climate unit, minimum Euclidean distance {3:g} m.</source>
        <translation>Gradiente climático: raster climático {0}, limiar climático {1:g}, custo climático {2:g} por unidade climática, distância euclidiana mínima {3:g} m.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="273"/>
        <source>The climate cost is {0:g}; it must be 0 or positive (cost units added per climate unit crossed).</source>
        <translation>O custo climático é {0:g}; deve ser 0 ou positivo (unidades de custo acrescentadas por unidade climática atravessada).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="276"/>
        <source>The climate threshold is {0:g}; it must be 0 (no climate rule) or positive.</source>
        <translation>O limiar climático é {0:g}; deve ser 0 (sem regra climática) ou positivo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="279"/>
        <source>A climate cost or climate threshold needs a climate raster; choose one or set them to 0.</source>
        <translation>Um custo climático ou um limiar climático requer um raster climático; escolha um ou defina-os como 0.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="332"/>
        <source>, climate difference {0:.4g}, climate term {1:.1%} of the LCD</source>
        <translation>, diferença climática {0:.4g}, termo climático {1:.1%} da distância de menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="49"/>
        <source>River lines</source>
        <translation>Linhas de rio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="51"/>
        <source>Snap tolerance (map units)</source>
        <translation>Tolerância de ajuste (unidades do mapa)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="53"/>
        <source>Barriers (points)</source>
        <translation>Barreiras (pontos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="55"/>
        <source>Passability field (0..1)</source>
        <translation>Campo de transponibilidade (0..1)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="57"/>
        <source>Outlet (river mouth point)</source>
        <translation>Foz (ponto)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="59"/>
        <source>Habitat weight field</source>
        <translation>Campo de peso de habitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="169"/>
        <source>River sections</source>
        <translation>Troços de rio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="171"/>
        <source>Barrier priorities</source>
        <translation>Prioridades de barreiras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="173"/>
        <source>DCI summary</source>
        <translation>Resumo do DCI</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="87"/>
        <source>Choose a river lines layer and a barriers layer.</source>
        <translation>Escolha uma camada de linhas de rio e uma camada de barreiras.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="105"/>
        <source>The outlet layer &apos;{0}&apos; has no point; add the river mouth or leave the outlet empty.</source>
        <translation>A camada da foz '{0}' não tem nenhum ponto; acrescente a foz ou deixe a foz vazia.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_riverconnectivity.py" line="165"/>
        <source>River connectivity (DCI, Cote et al. 2009) of &apos;{0}&apos; with the barriers of &apos;{1}&apos;: DCI_p {2}, DCI_d {3}.</source>
        <translation>Conectividade fluvial (DCI, Cote et al. 2009) de '{0}' com as barreiras de '{1}': DCI_p {2}, DCI_d {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/doctor/run_estimate.py" line="176"/>
        <source>Use a coarser cell size (Raster &gt; Projections &gt; Warp with a larger resolution), clip the rasters to a window around the cores you study, or analyse fewer pairs (set a maximum distance between cores); closing other programs frees memory too.</source>
        <translation>Use células maiores (Raster &gt; Projeções &gt; Reprojetar com uma resolução maior), recorte os rasters numa janela em torno das áreas núcleo que estuda ou analise menos pares (defina uma distância máxima entre áreas núcleo); fechar outros programas também liberta memória.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/cost_distance_store.py" line="120"/>
        <source>The cost-distances of core {0} exceed what a 32-bit float holds ({1:.3g}); they are kept as 64-bit floats (twice the disk space).</source>
        <translation>Os custos-distância da área núcleo {0} excedem o que cabe num número de vírgula flutuante de 32 bits ({1:.3g}); são guardados em 64 bits (o dobro do espaço em disco).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="41"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="47"/>
        <source>no climate raster</source>
        <translation>não há raster de clima</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="50"/>
        <source>raster &apos;{0}&apos; has no climate value inside the corridor</source>
        <translation>o raster '{0}' não tem valores de clima dentro do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="53"/>
        <source>climate {0} to {1} inside the corridor (range {2})</source>
        <translation>clima de {0} a {1} dentro do corredor (amplitude {2})</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="59"/>
        <source>the climate difference between the cores needs two linked cores</source>
        <translation>a diferença de clima entre as áreas núcleo precisa de duas áreas núcleo ligadas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="65"/>
        <source>raster &apos;{0}&apos; has no climate value for core {1}</source>
        <translation>o raster '{0}' não tem valores de clima para a área núcleo {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/climate.py" line="69"/>
        <source>Cores {0} and {1}: climate (mean - 2 SD) {2} and {3}, difference {4}; {5}</source>
        <translation>Áreas núcleo {0} e {1}: clima (média - 2 DP) {2} e {3}, diferença {4}; {5}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/crossing_result.py" line="82"/>
        <source>no crossing of the crossings result lies in this corridor</source>
        <translation>nenhuma travessia do resultado de travessias está neste corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/crossing_result.py" line="94"/>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/crossing_result.py" line="87"/>
        <source>worst crossing (rank {0}, pair {1}) at {2}, {3}: the infrastructure cuts the pair off there</source>
        <translation>pior travessia (rank {0}, par {1}) em {2}, {3}: aí a infraestrutura isola o par</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/crossing_result.py" line="90"/>
        <source>worst crossing (rank {0}, pair {1}) at {2}, {3}: a crossing structure there wins back {4} of the {5} cost units the infrastructure adds</source>
        <translation>pior travessia (rank {0}, par {1}) em {2}, {3}: uma passagem de fauna aí recupera {4} das {5} unidades de custo que a infraestrutura acrescenta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="75"/>
        <source>Nearest other protected component ({0}) is {1} km away by sea, along the least-cost path from component {2}</source>
        <translation>O outro componente protegido mais próximo ({0}) está a {1} km por mar, pelo caminho de menor custo a partir do componente {2}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="83"/>
        <source>{0} in a straight line: no sea path of the paths layer joins this corridor&apos;s components to another one</source>
        <translation>{0} em linha reta: nenhum caminho por mar da camada de caminhos liga os componentes deste corredor a outro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/realm.py" line="86"/>
        <source>{0} in a straight line</source>
        <translation>{0} em linha reta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="34"/>
        <source>climate raster &apos;{0}&apos; reprojected from {1} to the corridors&apos; CRS {2}, nearest neighbour</source>
        <translation>raster de clima '{0}' reprojetado de {1} para o SRC dos corredores {2}, vizinho mais próximo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="52"/>
        <source>The crossings result &apos;{0}&apos; must hold points (from &apos;Infrastructure crossing priorities&apos;); it holds {1}.</source>
        <translation>O resultado de travessias '{0}' deve conter pontos (de 'Prioridades de travessia de infraestruturas'); contém {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="56"/>
        <source>The crossings result &apos;{0}&apos; has no field {1}: choose the points layer written by &apos;Infrastructure crossing priorities&apos; (ccsg:crossings), which has the fields pair, severance_cost, keep_open_gain and rank.</source>
        <translation>O resultado de travessias '{0}' não tem o campo {1}: escolha a camada de pontos escrita por 'Prioridades de travessia de infraestruturas' (ccsg:crossings), que tem os campos pair, severance_cost, keep_open_gain e rank.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="84"/>
        <source>The sea paths layer &apos;{0}&apos; has no field {1}: choose the least-cost paths written by &apos;Least-cost corridors between cores&apos; (ccsg:leastcostcorridors) on a sea-only resistance, which have the fields core_a, core_b and path_length_m.</source>
        <translation>A camada de caminhos por mar '{0}' não tem o campo {1}: escolha os caminhos de menor custo escritos por 'Corredores de menor custo entre núcleos' (ccsg:leastcostcorridors) sobre uma resistência só por mar, que têm os campos core_a, core_b e path_length_m.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="96"/>
        <source>Feature {0} of the sea paths layer &apos;{1}&apos; has path_length_m &apos;{2}&apos;, not a number.</source>
        <translation>O elemento {0} da camada de caminhos por mar '{1}' tem path_length_m '{2}', que não é um número.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_extra_inputs.py" line="99"/>
        <source>Feature {0} of the sea paths layer &apos;{1}&apos; has a negative path_length_m ({2}).</source>
        <translation>O elemento {0} da camada de caminhos por mar '{1}' tem um path_length_m negativo ({2}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Climate</source>
        <translation>Clima</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Infrastructure crossings (result)</source>
        <translation>Travessias de infraestruturas (resultado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="42"/>
        <source>Sea paths (least-cost)</source>
        <translation>Caminhos por mar (menor custo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="51"/>
        <source>Spans a climate gradient (climate raster)</source>
        <translation>Abrange um gradiente climático (raster de clima)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="90"/>
        <source>Each core&apos;s climate is the mean - 2 SD of the climate raster over it, as Climate Linkage Mapper (Linkage Mapper cc_main.py) selects pairs [R]; the guidelines stress climate adaptation (IUCN news) [R]; report only [I]</source>
        <translation>O clima de cada área núcleo é a média - 2 DP do raster de clima sobre ela, como Climate Linkage Mapper (Linkage Mapper cc_main.py) seleciona os pares [R]; as diretrizes destacam a adaptação ao clima (IUCN news) [R]; apenas reportado [I]</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="252"/>
        <source>climate adaptation modifier: the linked cores' climates (each the mean - 2 SD of the climate raster over the core, as Climate Linkage Mapper selects pairs [R]) must differ by at least 1 climate unit (e.g. 1 °C of mean annual temperature), [I] design default of this plugin: set it in your raster's unit</source>
        <translation>modificador de adaptação ao clima: os climas das áreas núcleo ligadas (cada um a média - 2 DP do raster de clima sobre a área núcleo, como Climate Linkage Mapper seleciona os pares [R]) devem diferir em pelo menos 1 unidade de clima (p. ex. 1 °C de temperatura média anual), [I] valor por omissão deste módulo: defina-o na unidade do seu raster</translation>
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
        <translation>Verifica cada polígono de corredor segundo um perfil de critérios: os critérios de definição da UICN (um espaço claramente delimitado que liga núcleos, com um objetivo declarado, governação, gestão, compromisso a longo prazo e monitorização) e critérios de desenho cujos limiares vêm da literatura ou são valores predefinidos de desenho (largura, estrangulamentos, descontinuidades de habitat, estradas, passagens de fauna...). A camada de saída tem um campo de estado e um de valor por critério, overall_status e failed_required, e check_details (JSON com a explicação, o limiar, a fonte e o local do problema de cada critério). O relatório é um único ficheiro HTML autónomo: um resumo de todos os corredores e depois uma secção com um mapa e tabelas para cada um dos primeiros REPORT_MAX_CORRIDORS corredores (100 por omissão; 0 para só o resumo), para que a verificação de milhares de corredores dê um relatório que um navegador abre.
PROFILE é um id de perfil incluído (terrestrial_multispecies, large_carnivore, forest_bird_small_mammal, amphibian, freshwater_riverine, marine_network; acrescente +climate_adaptation para aplicar o modificador), o id de um perfil guardado na sua pasta de perfis, ou o caminho de um ficheiro JSON de perfil.
Os parâmetros avançados acrescentam os critérios de água doce e marinhos: cursos de água (zonas ribeirinhas incluídas), polígonos de planície de inundação ou ribeirinhos (proporção dentro do corredor), barreiras fluviais (barragens, açudes e passagens hidráulicas contadas dentro do corredor), linha de costa (extensão ao longo da costa) e um raster de luzes noturnas; sem eles, estes critérios são indicados como não avaliados.
Um raster de corrente de pontos de estrangulamento (PINCHPOINTS, de ccsg:pinchpoints) acrescenta o critério current_pinch: a corrente mais alta do corredor por 1 A entre as suas áreas núcleo, e onde está.
Um raster de clima (CLIMATE, p. ex. temperatura média anual) acrescenta o critério climate_span: a diferença entre os climas das áreas núcleo ligadas (cada um a média - 2 DP sobre a área núcleo, como Climate Linkage Mapper e ccsg:leastcostcorridors o calculam) e a amplitude do clima dentro do corredor; o modificador climate_adaptation exige uma diferença. Um raster noutro SRC é reprojetado, e o resultado indica-o.
Um resultado de travessias (CROSSING_PRIORITIES, os pontos de ccsg:crossings com pair, severance_cost, keep_open_gain e rank) acrescenta a barrier_severance o local e o keep_open_gain da pior travessia do corredor (o menor rank).
Os caminhos por mar (SEA_PATHS, os caminhos de menor custo de uma execução de ccsg:leastcostcorridors só por mar: core_a, core_b, path_length_m) substituem a distância em linha reta em mar_spacing; o resultado indica que distância foi usada.
Todas as camadas são reprojetadas para o SRC da camada de corredores, que tem de ser projetado (metros).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="189"/>
        <source>Climate raster (e.g. mean annual temperature; climate_span)</source>
        <translation>Raster de clima (p. ex. temperatura média anual; climate_span)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="191"/>
        <source>Infrastructure crossings: points from ccsg:crossings (pair, severance_cost, keep_open_gain, rank)</source>
        <translation>Travessias de infraestruturas: pontos de ccsg:crossings (pair, severance_cost, keep_open_gain, rank)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_checkcorridors.py" line="195"/>
        <source>Sea paths: least-cost paths of a sea-only ccsg:leastcostcorridors run (core_a, core_b, path_length_m)</source>
        <translation>Caminhos por mar: caminhos de menor custo de uma execução de ccsg:leastcostcorridors só por mar (core_a, core_b, path_length_m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report.py" line="65"/>
        <source>Connectivity analysis run: {0}</source>
        <translation>Execução da análise de conectividade: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="80"/>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="69"/>
        <source>Restoration priorities</source>
        <translation>Prioridades de restauro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="116"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="122"/>
        <source>Rivers</source>
        <translation>Rios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report.py" line="99"/>
        <source>Made with the CCSG Corridor Toolkit on {0} from the run folder {1}.</source>
        <translation>Feito com o CCSG Corridor Toolkit em {0} a partir da pasta de execução {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="36"/>
        <source>No run parameters are recorded in the outputs&apos; metadata.</source>
        <translation>Os metadados dos resultados não registam parâmetros da execução.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="59"/>
        <source>Outputs found in the run folder: {0}.</source>
        <translation>Resultados encontrados na pasta de execução: {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="62"/>
        <source>This run re-cut the corridors of the run in {0}; the least-cost paths are that run&apos;s.</source>
        <translation>Esta execução recortou os corredores da execução em {0}; os caminhos de menor custo são os dessa execução.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="97"/>
        <source>Core A</source>
        <translation>Área núcleo A</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="97"/>
        <source>Core B</source>
        <translation>Área núcleo B</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="66"/>
        <source>Least-cost distance (cost units)</source>
        <translation>Distância de menor custo (unidades de custo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="66"/>
        <source>Path length (m)</source>
        <translation>Comprimento do caminho (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="66"/>
        <source>Cost per metre of path (lcd_per_path)</source>
        <translation>Custo por metro de caminho (lcd_per_path)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="75"/>
        <source>corridors (normalised cost: darker is closer to the least-cost path)</source>
        <translation>corredores (custo normalizado: mais escuro é mais perto do caminho de menor custo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="104"/>
        <source>least-cost paths</source>
        <translation>caminhos de menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="84"/>
        <source>Circuit theory (Pinchpoint Mapper): current flows between the two cores of each pair through its corridor. Where current concentrates, the corridor has no alternative route: these pinch points are where a loss of habitat would cut the link first. The effective resistance sums the whole corridor; lower means better connected, including through several parallel routes.</source>
        <translation>Teoria de circuitos (Pinchpoint Mapper): a corrente flui entre as duas áreas núcleo de cada par através do seu corredor. Onde a corrente se concentra, o corredor não tem outra rota: estes estrangulamentos são os locais onde uma perda de habitat cortaria primeiro a ligação. A resistência efetiva resume todo o corredor; mais baixa significa melhor ligado, também por várias rotas paralelas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="94"/>
        <source>Links from the highest effective resistance (the weakest connection) down.</source>
        <translation>Ligações da resistência efetiva mais alta (a ligação mais fraca) para baixo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="96"/>
        <source>Effective resistance</source>
        <translation>Resistência efetiva</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="96"/>
        <source>Least-cost distance per effective resistance</source>
        <translation>Distância de menor custo por resistência efetiva</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_corridors.py" line="104"/>
        <source>current: darker is more current (pinch points)</source>
        <translation>corrente: mais escuro é mais corrente (estrangulamentos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="85"/>
        <source>Choose the folder of a run (RUN_FOLDER): the folder of a run of the Least-cost analysis panel.</source>
        <translation>Escolha a pasta de uma execução (RUN_FOLDER): a pasta de uma execução do painel Análise de menor custo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="89"/>
        <source>The run folder {0} does not exist. Choose the folder of a run of the Least-cost analysis panel (it holds least_cost_paths.gpkg, corridors.tif ...).</source>
        <translation>A pasta de execução {0} não existe. Escolha a pasta de uma execução do painel Análise de menor custo (contém least_cost_paths.gpkg, corridors.tif ...).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="92"/>
        <source>RUN_FOLDER is a file, {0}. Choose the folder of a run of the Least-cost analysis panel.</source>
        <translation>RUN_FOLDER é um ficheiro, {0}. Escolha a pasta de uma execução do painel Análise de menor custo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="96"/>
        <source>The folder {0} holds none of the outputs of a run ({1}). Choose the folder of a run of the Least-cost analysis panel.</source>
        <translation>A pasta {0} não contém nenhum dos resultados de uma execução ({1}). Escolha a pasta de uma execução do painel Análise de menor custo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_files.py" line="122"/>
        <source>The run output {0} cannot be opened. Run the analysis again, or remove the file.</source>
        <translation>Não é possível abrir o resultado {0} da execução. Execute a análise de novo ou remova o ficheiro.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_html.py" line="95"/>
        <source>From: {0}</source>
        <comment>, </comment>
        <translation>Fonte: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="35"/>
        <source>The probability of connectivity (PC) is {0}: the chance that two animals placed at random in the landscape&apos;s habitat can reach each other through the network (1 would be a single, fully connected habitat).</source>
        <translation>A probabilidade de conectividade (PC) é {0}: a probabilidade de dois animais colocados ao acaso no habitat da paisagem se poderem alcançar através da rede (1 seria um habitat único, totalmente ligado).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="40"/>
        <source>The equivalent connected area (EC) is {0} (in the unit of the attribute, hectares by default): the network is worth as much as one single core area of that size.</source>
        <translation>A área ligada equivalente (EC) é {0} (na unidade do atributo, hectares por omissão): a rede vale tanto como uma única área núcleo desse tamanho.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="45"/>
        <source>The integral index of connectivity (IIC), which counts only links within the distance threshold, is {0}; the cores form {1} separate group(s) (components).</source>
        <translation>
            <numerusform>O índice integral de conectividade (IIC), que só conta as ligações dentro do limiar de distância, é {0}; as áreas núcleo formam {1} grupo separado (componente).</numerusform>
            <numerusform>O índice integral de conectividade (IIC), que só conta as ligações dentro do limiar de distância, é {0}; as áreas núcleo formam {1} grupos separados (componentes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="49"/>
        <source>ProtConn is {0} %: that share of the region is protected and connected (Saura et al. 2017, the indicator of Target 3 of the Kunming-Montreal Global Biodiversity Framework). {1} % of the region is protected (Prot), so {2} percentage points of it are protected but not connected (ProtUnconn).</source>
        <translation>ProtConn é {0} %: essa parte da região está protegida e ligada (Saura et al. 2017, o indicador da Meta 3 do Quadro Global de Biodiversidade de Kunming-Montreal). {1} % da região está protegida (Prot), por isso {2} pontos percentuais estão protegidos mas não ligados (ProtUnconn).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="76"/>
        <source>cores: the larger the circle, the higher dPC</source>
        <translation>áreas núcleo: quanto maior o círculo, maior o dPC</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="76"/>
        <source>links: the darker and wider, the higher dPC_link</source>
        <translation>ligações: quanto mais escuras e largas, maior o dPC_link</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="84"/>
        <source>dPC: the percentage of PC lost without the core; intra (its own area), flux (dispersal from and to it) and connector (a stepping stone for others).</source>
        <translation>dPC: a percentagem de PC perdida sem a área núcleo; intra (a sua própria área), flux (a dispersão de e para ela) e connector (o seu papel de trampolim ecológico para as outras).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Rank</source>
        <translation>Posição</translation>
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
        <translation>Centralidade de fluxo de corrente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="97"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="106"/>
        <source>Dendritic connectivity index (Cote et al. 2009): DCI_p is the chance, in percent, that a fish can move between two random points of the river network; DCI_d that it can move between a random point and the outlet. dDCI_p and dDCI_d are the points each index would gain if that barrier alone were made fully passable.</source>
        <translation>Índice de conectividade dendrítica (Cote et al. 2009): DCI_p é a probabilidade, em percentagem, de um peixe se poder deslocar entre dois pontos ao acaso da rede fluvial; DCI_d, entre um ponto ao acaso e a foz. dDCI_p e dDCI_d são os pontos que cada índice ganharia se só essa barreira se tornasse totalmente transponível.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="114"/>
        <source>Network part</source>
        <translation>Parte da rede</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="114"/>
        <source>Sections</source>
        <translation>Troços</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="114"/>
        <source>Barriers</source>
        <translation>Barreiras</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="125"/>
        <source>Rank (DCI_p)</source>
        <translation>Posição (DCI_p)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="125"/>
        <source>Barrier (feature id)</source>
        <translation>Barreira (id da entidade)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="125"/>
        <source>Passability</source>
        <translation>Transponibilidade</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="125"/>
        <source>Rank (DCI_d)</source>
        <translation>Posição (DCI_d)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="132"/>
        <source>{0} barrier(s) lie off the river network (beyond the snap tolerance) and were not used.</source>
        <translation>
            <numerusform>{0} barreira está fora da rede fluvial (além da tolerância de ajuste) e não foi usada.</numerusform>
            <numerusform>{0} barreiras estão fora da rede fluvial (além da tolerância de ajuste) e não foram usadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="141"/>
        <source>sections open to the outlet (c_outlet near 1)</source>
        <translation>troços abertos para a foz (c_outlet perto de 1)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="141"/>
        <source>sections cut off from the outlet (c_outlet near 0)</source>
        <translation>troços isolados da foz (c_outlet perto de 0)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_network.py" line="141"/>
        <source>barriers, numbered as in the table</source>
        <translation>barreiras, numeradas como na tabela</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="45"/>
        <source>Barrier analysis (Barrier Mapper): restoring a disc of habitat of the given radius at each site would shorten the least-cost distance of the named pair by lcd_gain cost units; the score is that gain per metre of the disc&apos;s diameter. Sites are ranked by score.</source>
        <translation>Análise de barreiras (Barrier Mapper): restaurar um disco de habitat do raio indicado em cada local encurtaria a distância de menor custo do par indicado em lcd_gain unidades de custo; a pontuação é esse ganho por metro do diâmetro do disco. Os locais são ordenados por pontuação.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="49"/>
        <source>The top {0} of {1} sites.</source>
        <translation>Os {0} primeiros de {1} locais.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="50"/>
        <source>Score (cost units per metre restored)</source>
        <translation>Pontuação (unidades de custo por metro restaurado)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="50"/>
        <source>Radius (m)</source>
        <translation>Raio (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="50"/>
        <source>Gain in least-cost distance (lcd_gain)</source>
        <translation>Ganho na distância de menor custo (lcd_gain)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="58"/>
        <source>Site {0}: pair {1}, radius {2} m, gain {3}.</source>
        <translation>Local {0}: par {1}, raio {2} m, ganho {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="58"/>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="67"/>
        <source>cut off</source>
        <translation>isolado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="73"/>
        <source>reconnects</source>
        <translation>religa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="80"/>
        <source>Infrastructure crossings: severance_cost is how much the road or railway raises the pair&apos;s least-cost distance where it crosses the corridor; keep_open_gain is how much of that a crossing structure (underpass, overpass) at this stretch would win back. Crossings are ranked by keep_open_gain, after the stretches whose crossing alone would reconnect a pair the infrastructure cuts off.</source>
        <translation>Travessias de infraestrutura: severance_cost é quanto a estrada ou a ferrovia aumenta a distância de menor custo do par onde atravessa o corredor; keep_open_gain é quanto disso uma passagem de fauna (passagem inferior ou superior) nesse troço recuperaria. As travessias são ordenadas por keep_open_gain, depois dos troços cuja passagem, sozinha, voltaria a ligar um par que a infraestrutura isola.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="85"/>
        <source>The top {0} of {1} crossings.</source>
        <translation>As {0} primeiras de {1} travessias.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Severance cost (cost units)</source>
        <translation>Custo de fragmentação (unidades de custo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Gain of a crossing here (keep_open_gain)</source>
        <translation>Ganho de uma passagem aqui (keep_open_gain)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Current</source>
        <translation>Corrente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="86"/>
        <source>Corridor value</source>
        <translation>Valor do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="93"/>
        <source>Crossing {0}: pair {1}, gain {2}.</source>
        <translation>Travessia {0}: par {1}, ganho {2}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/run_report_priorities.py" line="93"/>
        <source>Crossing</source>
        <translation>Travessia</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="272"/>
        <source>Done, but: {0}</source>
        <translation>Concluído, mas: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_plan.py" line="237"/>
        <source>Writing the run report</source>
        <translation>A escrever o relatório da execução</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="104"/>
        <source>Open report</source>
        <translation>Abrir relatório</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="106"/>
        <source>Open the last run&apos;s report (report.html in its run folder) in the web browser: maps and tables of every result, ready to print</source>
        <translation>Abrir o relatório da última execução (report.html na sua pasta) no navegador web: mapas e tabelas de cada resultado, prontos a imprimir</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="280"/>
        <source>The report {0} is gone (moved or deleted). Run the analysis again to write it.</source>
        <translation>O relatório {0} já não existe (movido ou apagado). Execute a análise de novo para o escrever.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="285"/>
        <source>No web browser could open {0}. Open the file from your file manager.</source>
        <translation>Nenhum navegador web conseguiu abrir {0}. Abra o ficheiro a partir do seu gestor de ficheiros.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="201"/>
        <source>{0} failed: {1}</source>
        <translation>{0} falhou: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="311"/>
        <source>Report of an analysis run (HTML)</source>
        <translation>Relatório de uma execução da análise (HTML)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="312"/>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="313"/>
        <source>Writes one offline report of an analysis run: a single HTML file with its maps inside, which opens in any browser without a network and prints cleanly.
Run folder: the folder of a run of the Least-cost analysis panel. The report reads the outputs it finds there by their file names and shows a section for each kind found: Overview (the run&apos;s inputs and parameters from the outputs&apos; metadata, the linked pairs of least_cost_paths.gpkg and a map of the corridors and paths); Pinch points (pinch_point_links.gpkg, pinch_points.tif); Restoration priorities (restoration_sites.gpkg with a small map around each top site, over restoration_area.tif); Infrastructure crossings (crossings.gpkg); Network (network_cores.gpkg, network_links.gpkg, network_summary.gpkg: PC, EC, IIC, ProtConn explained in words, cores and links ranked by dPC); Rivers (river_sections.gpkg, river_barriers.gpkg, river_summary.gpkg: DCI_p, DCI_d, barriers ranked by dDCI_p).
Top: how many sites, crossings, cores, links and barriers the tables and small maps list.
Report: the HTML file to write; empty = report.html in the run folder. An existing file is never replaced.</source>
        <translation>Escreve um relatório offline de uma execução da análise: um único ficheiro HTML com os mapas lá dentro, que abre em qualquer navegador sem rede e se imprime bem.
Pasta de execução: a pasta de uma execução do painel Análise de menor custo. O relatório lê os resultados que lá encontra pelos nomes dos ficheiros e mostra uma secção por cada tipo encontrado: Visão geral (as entradas e os parâmetros da execução tirados dos metadados dos resultados, os pares ligados de least_cost_paths.gpkg e um mapa dos corredores e caminhos); Estrangulamentos (pinch_point_links.gpkg, pinch_points.tif); Prioridades de restauro (restoration_sites.gpkg com um mapa pequeno em torno de cada local principal, sobre restoration_area.tif); Travessias de infraestrutura (crossings.gpkg); Rede (network_cores.gpkg, network_links.gpkg, network_summary.gpkg: PC, EC, IIC e ProtConn explicados em palavras, áreas núcleo e ligações ordenadas por dPC); Rios (river_sections.gpkg, river_barriers.gpkg, river_summary.gpkg: DCI_p, DCI_d, barreiras ordenadas por dDCI_p).
Principais: quantos locais, travessias, áreas núcleo, ligações e barreiras as tabelas e os mapas pequenos listam.
Relatório: o ficheiro HTML a escrever; vazio = report.html na pasta de execução. Um ficheiro existente nunca é substituído.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="48"/>
        <source>Run folder (of the Least-cost analysis panel)</source>
        <translation>Pasta de execução (do painel Análise de menor custo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="49"/>
        <source>Title (empty = the run folder&apos;s name)</source>
        <translation>Título (vazio = o nome da pasta de execução)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="51"/>
        <source>Top sites, crossings, cores, links and barriers listed</source>
        <translation>Locais, travessias, áreas núcleo, ligações e barreiras principais listados</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="55"/>
        <source>Report (HTML; empty = report.html in the run folder)</source>
        <translation>Relatório (HTML; vazio = report.html na pasta de execução)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="57"/>
        <source>Sections of the report</source>
        <translation>Secções do relatório</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_runreport.py" line="76"/>
        <source>Run report written: {0} (sections: {1}).</source>
        <translation>Relatório da execução escrito: {0} (secções: {1}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="55"/>
        <source>Euclidean</source>
        <translation>Euclidiana</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="56"/>
        <source>Least-cost (this run&apos;s paths)</source>
        <translation>De menor custo (caminhos desta execução)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="104"/>
        <source>Climate gradient: pick the climate raster, or untick the group.</source>
        <translation>Gradiente climático: escolha o raster climático ou desmarque o grupo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="115"/>
        <source>Restoration priorities: the minimum radius ({0:g} m) is larger than the maximum ({1:g} m); lower the minimum or raise the maximum.</source>
        <translation>Prioridades de restauro: o raio mínimo ({0:g} m) é maior do que o máximo ({1:g} m); reduza o mínimo ou aumente o máximo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="121"/>
        <source>Restoration priorities: the minimum radius ({0:g} m) is smaller than the cell size of &apos;{1}&apos; ({2:g} m); use at least one cell.</source>
        <translation>Prioridades de restauro: o raio mínimo ({0:g} m) é menor do que o tamanho de célula de '{1}' ({2:g} m); use pelo menos uma célula.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="129"/>
        <source>Infrastructure crossings: pick the layer of roads, railways or fences (lines), or untick the step.</source>
        <translation>Travessias de infraestrutura: escolha a camada de estradas, linhas férreas ou vedações (linhas) ou desmarque o passo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="132"/>
        <source>Infrastructure crossings: the layer &apos;{0}&apos; does not hold lines; pick roads, railways or fences drawn as lines.</source>
        <translation>Travessias de infraestrutura: a camada '{0}' não contém linhas; escolha estradas, linhas férreas ou vedações desenhadas como linhas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="135"/>
        <source>Infrastructure crossings: the layer &apos;{0}&apos; has no lines; pick a layer with roads, railways or fences.</source>
        <translation>Travessias de infraestrutura: a camada '{0}' não tem linhas; escolha uma camada com estradas, linhas férreas ou vedações.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="140"/>
        <source>Infrastructure crossings: the existing crossings &apos;{0}&apos; must be points (underpasses, overpasses).</source>
        <translation>Travessias de infraestrutura: as travessias existentes '{0}' devem ser pontos (passagens inferiores, superiores).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps.py" line="152"/>
        <source>Network: the region &apos;{0}&apos; does not overlap the core areas &apos;{1}&apos;; pick the polygon of the country or landscape that holds them.</source>
        <translation>Rede: a região '{0}' não se sobrepõe às áreas núcleo '{1}'; escolha o polígono do país ou da paisagem que as contém.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="57"/>
        <source>Network: cores (dPC)</source>
        <translation>Rede: áreas núcleo (dPC)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="57"/>
        <source>Network: links</source>
        <translation>Rede: ligações</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_steps_plan.py" line="58"/>
        <source>Network: summary</source>
        <translation>Rede: resumo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/class_table.py" line="137"/>
        <source>{0}the habitat column says &apos;{1}&apos;; write yes or no (1 or 0).</source>
        <translation>{0}a coluna habitat diz '{1}'; escreva yes ou no (1 ou 0).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/criteria/profiles.py" line="235"/>
        <source>monitoring must be an object with thresholds and source, got {0}</source>
        <translation>monitoring deve ser um objeto com thresholds e source; recebido {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="62"/>
        <source>Between {0} and {1}, corridor &apos;{2}&apos; could not be assessed: {3}.</source>
        <translation>Entre {0} e {1}, o corredor '{2}' não pôde ser avaliado: {3}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="68"/>
        <source>the least-cost distance between its cores changed by {0} %</source>
        <translation>a distância de menor custo entre as suas áreas núcleo mudou {0} %</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="68"/>
        <source>the cores are not joined through it</source>
        <translation>as áreas núcleo não estão ligadas através dele</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="70"/>
        <source>no indicator crossed its threshold</source>
        <translation>nenhum indicador ultrapassou o seu limiar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="71"/>
        <source>Between {0} and {1}, corridor &apos;{2}&apos; lost {3} ha and gained {4} ha of habitat ({5} % net); {6}; its trend is {7} ({8}).</source>
        <translation>Entre {0} e {1}, o corredor '{2}' perdeu {3} ha e ganhou {4} ha de habitat ({5} % líquido); {6}; a sua tendência é {7} ({8}).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="135"/>
        <source>The rasters &apos;{0}&apos; and &apos;{1}&apos; are not on one grid; resample the second onto the first&apos;s grid.</source>
        <translation>Os rasters '{0}' e '{1}' não estão na mesma grelha; reamostre o segundo para a grelha do primeiro.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/compare.py" line="159"/>
        <source>the rasters do not cover the corridor</source>
        <translation>os rasters não cobrem o corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="60"/>
        <source>{0} &apos;{1}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2024-05-31).</source>
        <translation>{0} '{1}' não é uma data; escreva-a como AAAA-MM-DD (p. ex. 2024-05-31).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="65"/>
        <source>The dates are in the wrong order: DATE_AFTER ({0}) must be later than DATE_BEFORE ({1}). Swap the two rasters and their dates.</source>
        <translation>As datas estão na ordem errada: DATE_AFTER ({0}) deve ser posterior a DATE_BEFORE ({1}). Troque os dois rasters e as suas datas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="73"/>
        <source>HABITAT_MAX_RESISTANCE must be a positive number, not {0}.</source>
        <translation>HABITAT_MAX_RESISTANCE deve ser um número positivo, não {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="94"/>
        <source>The class table {0} has no habitat column and the profile lists no habitat_classes: add a fourth column habitat (yes/no) to the table.</source>
        <translation>A tabela de classes {0} não tem coluna habitat e o perfil não indica habitat_classes: acrescente uma quarta coluna habitat (yes/no) à tabela.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="107"/>
        <source>The land-cover raster &apos;{0}&apos; holds class(es) {1} that the class table {2} does not give a resistance; add a line for each.</source>
        <translation>O raster de cobertura do solo '{0}' contém classe(s) {1} a que a tabela de classes {2} não dá resistência; acrescente uma linha para cada uma.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/snapshot.py" line="127"/>
        <source>The class tables {0} and {1} disagree on class(es) {2} (resistance or habitat): a changed legend would read as a changed landscape. Use one table for both dates, or make them agree.</source>
        <translation>As tabelas de classes {0} e {1} divergem na(s) classe(s) {2} (resistência ou habitat): uma legenda alterada seria lida como uma paisagem alterada. Use uma só tabela para as duas datas ou torne-as coerentes.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="40"/>
        <source>improved</source>
        <translation>melhorou</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="40"/>
        <source>stable</source>
        <translation>estável</translation>
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
        <translation>monitoring.{0} não é um campo conhecido do perfil; conhecidos: thresholds, source</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="59"/>
        <source>monitoring.thresholds must be an object, got {0}</source>
        <translation>monitoring.thresholds deve ser um objeto; recebido {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="63"/>
        <source>monitoring.thresholds.{0} is not a monitoring threshold; known: {1}</source>
        <translation>monitoring.thresholds.{0} não é um limiar de monitorização; conhecidos: {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="66"/>
        <source>monitoring.thresholds.{0} must be a percentage of 0 or more, got {1}</source>
        <translation>monitoring.thresholds.{0} deve ser uma percentagem de 0 ou mais; recebido {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="70"/>
        <source>monitoring.source must say where the monitoring thresholds come from</source>
        <translation>monitoring.source deve indicar de onde vêm os limiares de monitorização</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="98"/>
        <source>the cores are no longer joined through the corridor</source>
        <translation>as áreas núcleo já não estão ligadas através do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="104"/>
        <source>habitat area fell by {0} % (threshold {1} %)</source>
        <translation>a área de habitat desceu {0} % (limiar {1} %)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="107"/>
        <source>the least-cost distance between the cores rose by {0} % (threshold {1} %)</source>
        <translation>a distância de menor custo entre as áreas núcleo subiu {0} % (limiar {1} %)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="111"/>
        <source>{0} new line(s) sever the corridor</source>
        <translation>
            <numerusform>{0} nova linha corta o corredor</numerusform>
            <numerusform>{0} novas linhas cortam o corredor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="114"/>
        <source>the largest habitat gap grew to {0} m, more than the {1} m the species crosses</source>
        <translation>a maior descontinuidade de habitat cresceu para {0} m, mais do que os {1} m que a espécie atravessa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="118"/>
        <source>the habitat no longer runs unbroken from core to core</source>
        <translation>o habitat já não é contínuo de área núcleo a área núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="122"/>
        <source>habitat area grew by {0} % (threshold {1} %)</source>
        <translation>a área de habitat cresceu {0} % (limiar {1} %)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/monitoring/trend.py" line="125"/>
        <source>the least-cost distance between the cores fell by {0} % (threshold {1} %)</source>
        <translation>a distância de menor custo entre as áreas núcleo desceu {0} % (limiar {1} %)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="167"/>
        <source>Habitat lost and gained {0}</source>
        <translation>Habitat perdido e ganho {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="167"/>
        <source>Corridor change {0}</source>
        <translation>Alteração dos corredores {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/check_results.py" line="393"/>
        <source>, habitat {0} %</source>
        <translation>, habitat {0} %</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="72"/>
        <source>Monitoring history</source>
        <translation>Histórico de monitorização</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/monitoring_record.py" line="60"/>
        <source>The corridor store {0} does not exist.</source>
        <translation>O repositório de corredores {0} não existe.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/monitoring_record.py" line="65"/>
        <source>The corridor store {0} is read-only, so the monitoring record cannot be appended to it ({1}). Copy the store to a folder you can write to, or run without appending to the record.</source>
        <translation>O repositório de corredores {0} é só de leitura, pelo que não se pode acrescentar ao registo de monitorização ({1}). Copie o repositório para uma pasta onde possa escrever, ou execute sem acrescentar ao registo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/monitoring_record.py" line="68"/>
        <source>The corridor store {0} cannot be written now ({1}); nothing was appended. Close the program that writes to it and run again.</source>
        <translation>Não é possível escrever agora no repositório de corredores {0} ({1}); nada foi acrescentado. Feche o programa que nele escreve e execute de novo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/corridor_store/monitoring_record.py" line="145"/>
        <source>The monitoring record could not be appended to {0} ({1}); nothing was appended.</source>
        <translation>Não foi possível acrescentar ao registo de monitorização de {0} ({1}); nada foi acrescentado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="57"/>
        <source>GDAL could not resample the raster &apos;{0}&apos;.</source>
        <translation>O GDAL não conseguiu reamostrar o raster '{0}'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="69"/>
        <source>BEFORE &apos;{0}&apos; ({1}) and AFTER &apos;{2}&apos; ({3}) are in different CRSs; the comparison is cell by cell. Reproject AFTER to BEFORE&apos;s CRS (Raster &gt; Projections &gt; Warp) and run again.</source>
        <translation>BEFORE '{0}' ({1}) e AFTER '{2}' ({3}) estão em SRC diferentes; a comparação é célula a célula. Reprojete AFTER para o SRC de BEFORE (Raster &gt; Projeções &gt; Reprojetar) e execute de novo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="77"/>
        <source>AFTER &apos;{0}&apos; ({1} m cells, {2} x {3}) was resampled to BEFORE&apos;s grid ({4} m cells, {5} x {6}) with nearest neighbour.</source>
        <translation>AFTER '{0}' (células de {1} m, {2} x {3}) foi reamostrado para a grelha de BEFORE (células de {4} m, {5} x {6}) pelo vizinho mais próximo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="127"/>
        <source>The corridors layer &apos;{0}&apos; must hold polygons.</source>
        <translation>A camada de corredores '{0}' deve conter polígonos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_inputs.py" line="136"/>
        <source>The corridors layer &apos;{0}&apos; has no features.</source>
        <translation>A camada de corredores '{0}' não tem elementos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="49"/>
        <source>Habitat lost</source>
        <translation>Habitat perdido</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="49"/>
        <source>Habitat gained</source>
        <translation>Habitat ganho</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="50"/>
        <source>Habitat unchanged</source>
        <translation>Habitat sem alteração</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="50"/>
        <source>Unchanged, not habitat</source>
        <translation>Sem alteração, não habitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="68"/>
        <source>no route</source>
        <translation>sem caminho</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="80"/>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="80"/>
        <source>Habitat (ha)</source>
        <translation>Habitat (ha)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="105"/>
        <source>Change (%)</source>
        <translation>Variação (%)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="80"/>
        <source>Least-cost distance</source>
        <translation>Distância de menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="69"/>
        <source>Trend</source>
        <translation>Tendência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="105"/>
        <source>Recorded</source>
        <translation>Registado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="129"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="129"/>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="136"/>
        <source>Numbered red marks: 1 the largest habitat gap, 2 the narrowest habitat passage.</source>
        <translation>Marcas vermelhas numeradas: 1 a maior descontinuidade de habitat, 2 a passagem de habitat mais estreita.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/monitoring_outputs.py" line="147"/>
        <source>Corridor monitoring: {0} to {1}</source>
        <translation>Monitorização de corredores: {0} a {1}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="55"/>
        <source>No monitoring record yet</source>
        <translation>Ainda não há registo de monitorização</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_history.py" line="75"/>
        <source>Green: habitat area; purple: least-cost distance; dots: trend</source>
        <translation>Verde: área de habitat; roxo: distância de menor custo; pontos: tendência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="69"/>
        <source>Habitat change (%)</source>
        <translation>Variação de habitat (%)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="69"/>
        <source>Least-cost distance change (%)</source>
        <translation>Variação da distância de menor custo (%)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="154"/>
        <source>Corridors (the corridor store)</source>
        <translation>Corredores (o repositório de corredores)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="154"/>
        <source>Before: raster</source>
        <translation>Antes: raster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="154"/>
        <source>After: raster</source>
        <translation>Depois: raster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="159"/>
        <source>Choose: {0}.</source>
        <comment>, </comment>
        <translation>Escolha: {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="172"/>
        <source>Comparing the two dates…</source>
        <translation>A comparar as duas datas…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="188"/>
        <source>The comparison was cancelled; nothing was written.</source>
        <translation>A comparação foi cancelada; nada foi escrito.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="188"/>
        <source>The comparison failed; see the Processing log.</source>
        <translation>A comparação falhou; veja o registo do Processamento.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.py" line="205"/>
        <source>{0} corridor(s) compared; {1} row(s) appended to the monitoring record.</source>
        <translation>{0} corredor(es) comparado(s); {1} linha(s) acrescentada(s) ao registo de monitorização.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/plugin.py" line="121"/>
        <source>Corridor monitoring</source>
        <translation>Monitorização de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="287"/>
        <source>Corridor change between two dates (monitoring)</source>
        <translation>Alteração dos corredores entre duas datas (monitorização)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="288"/>
        <source>Compares two dates of the landscape inside each corridor: habitat area and natural share, the largest habitat gap, the narrowest habitat passage (the widest disc that travels from core to core through habitat, in metres on the raster&apos;s cells), the least-cost distance between the corridor&apos;s two cores through the corridor, new lines that sever it, the guideline check&apos;s overall status at each date, and a trend (improved, stable, degraded or severed) against the thresholds in the criteria profile, with their source.
BEFORE and AFTER are land-cover rasters read with the class table TABLE (class, resistance, label, habitat yes/no; without the habitat column the profile&apos;s habitat classes), or, without a table, resistance rasters where habitat is every cell whose resistance is at most HABITAT_MAX_RESISTANCE. AFTER on another grid is resampled to BEFORE&apos;s (nearest neighbour, and said); another CRS is refused. TABLE_AFTER, when the legend changed, must agree with TABLE on every class both list.
Outputs: the corridors with the indicators, a raster of habitat lost, gained and unchanged inside them, and an HTML report with one section per corridor (before and after maps, the indicator table, a sentence for a report and the corridor&apos;s history). When CORRIDORS is the corridor store and APPEND_RECORD is on, one row per corridor is appended to the store&apos;s monitoring table (kept, marked orphaned, when a corridor is deleted).</source>
        <translation>Compara duas datas da paisagem dentro de cada corredor: área de habitat e proporção natural, a maior descontinuidade de habitat, a passagem de habitat mais estreita (o disco mais largo que vai de área núcleo a área núcleo pelo habitat, em metros nas células do raster), a distância de menor custo entre as duas áreas núcleo do corredor através do corredor, as novas linhas que o cortam, o estado global da verificação das diretrizes em cada data e uma tendência (melhorou, estável, degradado ou cortado) segundo os limiares do perfil de critérios, com a sua fonte.
BEFORE e AFTER são rasters de cobertura do solo lidos com a tabela de classes TABLE (class, resistance, label, habitat yes/no; sem a coluna habitat, as classes de habitat do perfil) ou, sem tabela, rasters de resistência onde o habitat é toda a célula cuja resistência é no máximo HABITAT_MAX_RESISTANCE. Um AFTER noutra grelha é reamostrado para a de BEFORE (vizinho mais próximo, e indicado); outro SRC é recusado. TABLE_AFTER, se a legenda mudou, deve coincidir com TABLE em todas as classes que ambas listam.
Saídas: os corredores com os indicadores, um raster do habitat perdido, ganho e sem alteração dentro deles, e um relatório HTML com uma secção por corredor (mapas antes e depois, tabela de indicadores, uma frase para um relatório e o histórico do corredor). Se CORRIDORS for o repositório de corredores e APPEND_RECORD estiver ativo, é acrescentada uma linha por corredor à tabela monitoring do repositório (mantida, marcada como órfã, quando um corredor é apagado).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="80"/>
        <source>Corridors (the corridor store or any polygon layer)</source>
        <translation>Corredores (o repositório de corredores ou qualquer camada de polígonos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="85"/>
        <source>Before: land-cover raster (with a class table) or resistance raster</source>
        <translation>Antes: raster de cobertura do solo (com tabela de classes) ou raster de resistência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="87"/>
        <source>After: land-cover raster (with a class table) or resistance raster</source>
        <translation>Depois: raster de cobertura do solo (com tabela de classes) ou raster de resistência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="89"/>
        <source>Class table (CSV class,resistance,label,habitat; empty: the rasters are resistance)</source>
        <translation>Tabela de classes (CSV class,resistance,label,habitat; vazia: os rasters são de resistência)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="92"/>
        <source>Class table of AFTER, when its legend changed (empty: TABLE)</source>
        <translation>Tabela de classes de AFTER, se a sua legenda mudou (vazia: TABLE)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="95"/>
        <source>Habitat: resistance at most (resistance rasters)</source>
        <translation>Habitat: resistência no máximo (rasters de resistência)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="98"/>
        <source>Roads and other linear barriers, before</source>
        <translation>Estradas e outras barreiras lineares, antes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="98"/>
        <source>Roads and other linear barriers, after</source>
        <translation>Estradas e outras barreiras lineares, depois</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="102"/>
        <source>Date of BEFORE (YYYY-MM-DD)</source>
        <translation>Data de BEFORE (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="103"/>
        <source>Date of AFTER (YYYY-MM-DD)</source>
        <translation>Data de AFTER (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="106"/>
        <source>Append to the store&apos;s monitoring record (CORRIDORS is the corridor store)</source>
        <translation>Acrescentar ao registo de monitorização do repositório (CORRIDORS é o repositório de corredores)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="268"/>
        <source>Corridor change</source>
        <translation>Alteração dos corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="109"/>
        <source>Habitat lost, gained and unchanged</source>
        <translation>Habitat perdido, ganho e sem alteração</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="110"/>
        <source>Change report (HTML)</source>
        <translation>Relatório de alterações (HTML)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="112"/>
        <source>Rows appended to the monitoring record</source>
        <translation>Linhas acrescentadas ao registo de monitorização</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="122"/>
        <source>The run was cancelled; nothing was written.</source>
        <translation>A execução foi cancelada; nada foi escrito.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="152"/>
        <source>Choose the corridors, the cores and both rasters (BEFORE and AFTER).</source>
        <translation>Escolha os corredores, as áreas núcleo e os dois rasters (BEFORE e AFTER).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="162"/>
        <source>&apos;{0}&apos; is not the corridor store: the monitoring record is kept only in the store, so nothing is appended.</source>
        <translation>'{0}' não é o repositório de corredores: o registo de monitorização só é guardado no repositório, pelo que nada é acrescentado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="214"/>
        <source>{0} row(s) appended to the monitoring record of {1}.</source>
        <translation>{0} linha(s) acrescentada(s) ao registo de monitorização de {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="267"/>
        <source>Corridor change between {0} and {1}.</source>
        <translation>Alteração dos corredores entre {0} e {1}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_corridorchange.py" line="270"/>
        <source>Habitat lost and gained</source>
        <translation>Habitat perdido e ganho</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="322"/>
        <source>Cores {0} and {1}: window of {2:,} cells ({3:.1%} of the raster), {4:,} corridor cells.</source>
        <translation>Núcleos {0} e {1}: janela de {2:,} células ({3:.1%} do raster), {4:,} células de corredor.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/sea_resistance.py" line="19"/>
        <source>The depth weight must be 0 or more; {0} was given.</source>
        <translation>O peso da profundidade deve ser 0 ou mais; foi indicado {0}.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/sea_resistance.py" line="26"/>
        <source>The land polygons cover every cell: there is no sea to cross. Check the extent.</source>
        <translation>Os polígonos de terra cobrem todas as células: não há mar para atravessar. Verifique a extensão.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/sea_grid.py" line="25"/>
        <source>The extent of the sea-only raster is empty; give an extent or land polygons.</source>
        <translation>A extensão do raster só mar está vazia; indique uma extensão ou polígonos de terra.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/sea_grid.py" line="29"/>
        <source>A cell size of {0} gives {1} x {2} cells over the extent; choose a larger cell size.</source>
        <translation>Um tamanho de célula de {0} dá {1} x {2} células sobre a extensão; escolha um tamanho de célula maior.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/sea_grid.py" line="45"/>
        <source>GDAL could not put the depth raster &apos;{0}&apos; on the sea-only grid.</source>
        <translation>O GDAL não conseguiu pôr o raster de profundidade '{0}' na grelha só mar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="26"/>
        <source>Sea only</source>
        <translation>Só mar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="30"/>
        <source>Distances through the sea: the sea costs 1 per metre and land cannot be crossed. Replaces the resistance above.</source>
        <translation>Distâncias pelo mar: o mar custa 1 por metro e a terra não pode ser atravessada. Substitui a resistência acima.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="46"/>
        <source>Land polygons</source>
        <translation>Polígonos de terra</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="47"/>
        <source>Cell size (m)</source>
        <translation>Tamanho de célula (m)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="67"/>
        <source>Pick the land polygons for the sea-only option.</source>
        <translation>Escolha os polígonos de terra para a opção só mar.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="84"/>
        <source>Building the sea-only resistance from the land polygons</source>
        <translation>A construir a resistência só mar a partir dos polígonos de terra</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_sea.py" line="84"/>
        <source>Resistance (sea only)</source>
        <translation>Resistência (só mar)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="79"/>
        <source>Where run folders go when the project is not saved yet.</source>
        <translation>Onde ficam as pastas de execução enquanto o projeto não estiver guardado.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="80"/>
        <source>Habitat weight field (optional)</source>
        <translation>Campo de peso de habitat (opcional)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="80"/>
        <source>Outlet (optional)</source>
        <translation>Foz (opcional)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="80"/>
        <source>Save in</source>
        <translation>Guardar em</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="93"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="113"/>
        <source>DCI_p: chance that two random points of the river are connected (resident fish); DCI_d: chance that a point is connected to the outlet (migratory fish); 100 = no barrier.</source>
        <translation>DCI_p: probabilidade de dois pontos do rio ao acaso estarem ligados (peixes residentes); DCI_d: probabilidade de um ponto estar ligado à foz (peixes migradores); 100 = sem barreiras.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="187"/>
        <source>Choose the river lines layer.</source>
        <translation>Escolha a camada de linhas de rio.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="189"/>
        <source>The layer &apos;{0}&apos; holds {1}, not river lines; choose a layer of lines.</source>
        <translation>A camada '{0}' contém {1}, não linhas de rio; escolha uma camada de linhas.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="193"/>
        <source>Choose the barriers layer (dams, weirs, culverts as points).</source>
        <translation>Escolha a camada de barreiras (barragens, açudes, passagens hidráulicas como pontos).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="195"/>
        <source>The layer &apos;{0}&apos; holds {1}, not barrier points; choose a layer of points.</source>
        <translation>A camada '{0}' contém {1}, não pontos de barreira; escolha uma camada de pontos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="199"/>
        <source>The barriers layer &apos;{0}&apos; has no passability field chosen; add a numeric field with values from 0 (closed) to 1 (open) and choose it.</source>
        <translation>A camada de barreiras '{0}' não tem um campo de transponibilidade escolhido; acrescente um campo numérico com valores de 0 (fechada) a 1 (aberta) e escolha-o.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="263"/>
        <source>River system {0}: DCI_p {1:.2f}, DCI_d {2:.2f} ({3:.0f} m, {4} sections).</source>
        <translation>Rede fluvial {0}: DCI_p {1:.2f}, DCI_d {2:.2f} ({3:.0f} m, {4} troços).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="264"/>
        <source>DCI_p {0:.2f}, DCI_d {1:.2f} ({2:.0f} m, {3} sections).</source>
        <translation>DCI_p {0:.2f}, DCI_d {1:.2f} ({2:.0f} m, {3} troços).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="267"/>
        <source>Barrier to open first: feature {0} (+{1:.2f} DCI_p points).</source>
        <translation>Barreira a abrir primeiro: elemento {0} (+{1:.2f} pontos de DCI_p).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="268"/>
        <source>Files: {0}</source>
        <translation>Ficheiros: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="270"/>
        <source>Done: the results are in the group &apos;{0}&apos;.</source>
        <translation>Concluído: os resultados estão no grupo '{0}'.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="291"/>
        <source>polygons</source>
        <translation>polígonos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_dock.py" line="291"/>
        <source>no geometry</source>
        <translation>nenhuma geometria</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_plan.py" line="44"/>
        <source>River connectivity (DCI) of &apos;{0}&apos; (CCSG Corridor Toolkit).</source>
        <translation>Conectividade fluvial (DCI) de '{0}' (CCSG Corridor Toolkit).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/rivers_plan.py" line="49"/>
        <source>River connectivity {0}</source>
        <translation>Conectividade fluvial {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/i18n_catalog.py" line="307"/>
        <source>Turns a land-cover raster into a resistance raster: each land-cover class gets the resistance given in the table (how hard it is for the species to cross one metre of it; 1 = easiest).
Table: one line per class with its code and its resistance, either in the table here or in a CSV file (class, resistance[, label]; a header line is allowed; UTF-8, Windows-1252 or Latin-1). A resistance must be positive; write &apos;nodata&apos; for classes that cannot be crossed (they become NoData). A class with an empty resistance counts as unlisted (it takes the default below), as in the analysis panel.
Default: the resistance of classes missing from the table; leave it empty to make them NoData (impassable). The classes left out are listed in the log.
Land-cover NoData stays NoData. The output is a Float32 GeoTIFF on the land-cover grid.
Sea only (marine, instead of the land cover): give land polygons; the sea gets resistance 1 and land is NoData (impassable), so least-cost distances run through the sea. Optional depth raster: sea resistance = 1 + depth weight x |depth| (deeper water costs more; sea cells without depth keep 1). The grid: the cell size over the extent (default: the land layer&apos;s extent), or the depth raster&apos;s grid when the cell size is 0.</source>
        <translation>Transforma um raster de cobertura do solo num raster de resistência: cada classe de cobertura do solo recebe a resistência dada na tabela (quão difícil é para a espécie atravessar um metro dela; 1 = o mais fácil).
Tabela: uma linha por classe com o seu código e a sua resistência, na tabela aqui ou num ficheiro CSV (classe, resistência[, rótulo]; é admitida uma linha de cabeçalho; UTF-8, Windows-1252 ou Latin-1). Uma resistência deve ser positiva; escreva 'nodata' para as classes que não podem ser atravessadas (passam a NoData). Uma classe com a resistência vazia conta como não listada (recebe o valor por omissão abaixo), como no painel de análise.
Por omissão: a resistência das classes que faltam na tabela; deixe vazio para que sejam NoData (intransponíveis). As classes omitidas são listadas no registo.
O NoData da cobertura do solo continua NoData. A saída é um GeoTIFF Float32 na grelha da cobertura do solo.
Só mar (marinho, em vez da cobertura do solo): indique polígonos de terra; o mar recebe resistência 1 e a terra é NoData (intransponível), de modo que as distâncias de menor custo passam pelo mar. Raster de profundidade opcional: resistência do mar = 1 + peso da profundidade x |profundidade| (a água mais profunda custa mais; as células de mar sem profundidade mantêm 1). A grelha: o tamanho de célula sobre a extensão (por omissão, a extensão da camada de terra), ou a grelha do raster de profundidade quando o tamanho de célula é 0.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="62"/>
        <source>Sea only: land polygons (land impassable, sea = 1)</source>
        <translation>Só mar: polígonos de terra (terra intransponível, mar = 1)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="65"/>
        <source>Sea only: depth raster</source>
        <translation>Só mar: raster de profundidade</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="66"/>
        <source>Sea only: depth weight (resistance = 1 + weight x |depth|)</source>
        <translation>Só mar: peso da profundidade (resistência = 1 + peso x |profundidade|)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="69"/>
        <source>Sea only: cell size (map units; 0 = the depth raster&apos;s grid)</source>
        <translation>Só mar: tamanho de célula (unidades do mapa; 0 = a grelha do raster de profundidade)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="72"/>
        <source>Sea only: extent (default: the land layer&apos;s extent)</source>
        <translation>Só mar: extensão (por omissão, a da camada de terra)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="92"/>
        <source>Choose a land-cover raster (or land polygons for the sea-only preset).</source>
        <translation>Escolha um raster de cobertura do solo (ou polígonos de terra para a predefinição só mar).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="135"/>
        <source>Give either a land-cover raster or land polygons (sea only), not both.</source>
        <translation>Indique um raster de cobertura do solo ou polígonos de terra (só mar), não ambos.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="141"/>
        <source>A depth weight of {0} needs a depth raster; choose one or set the weight to 0.</source>
        <translation>Um peso da profundidade de {0} precisa de um raster de profundidade; escolha um ou ponha o peso a 0.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="157"/>
        <source>Give the cell size of the sea-only raster (or a depth raster, whose grid is then used).</source>
        <translation>Indique o tamanho de célula do raster só mar (ou um raster de profundidade, cuja grelha é então usada).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_resistancefromlandcover.py" line="165"/>
        <source>Sea-only resistance: sea 1, the land of &apos;{0}&apos; impassable.</source>
        <translation>Resistência só mar: mar 1, a terra de '{0}' intransponível.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gis/layer_roles.py" line="27"/>
        <source>river</source>
        <translation>rio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/runner.py" line="152"/>
        <source>An input layer could not be copied for the run: {0}</source>
        <translation>Não foi possível copiar uma camada de entrada para a execução: {0}</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/core/engine/corridor_workers.py" line="134"/>
        <source>A cost-distance process stopped without a result (exit status {0}); the machine may have run out of memory. Try a coarser cell, a width cutoff or fewer pairs.</source>
        <translation>Um processo de custo-distância terminou sem resultado (código de saída {0}); a máquina pode ter ficado sem memória. Experimente uma célula mais grossa, um corte de largura ou menos pares.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/processing/alg_leastcostcorridors.py" line="307"/>
        <source>Cost-distances run in {0} process(es) at a time.</source>
        <translation>Os cálculos de custo-distância são executados em {0} processo(s) de cada vez.</translation>
    </message>
</context>
<context>
    <name>AnalysisDock</name>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="6"/>
        <source>Least-cost analysis</source>
        <translation>Análise de menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="24"/>
        <source>1. Resistance</source>
        <translation>1. Resistência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="28"/>
        <source>Use a resistance raster</source>
        <translation>Usar um raster de resistência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="34"/>
        <source>Cost of crossing each cell (1 = easiest). NoData cells are impassable.</source>
        <translation>Custo de atravessar cada célula (1 = o mais fácil). As células NoData são intransponíveis.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="44"/>
        <source>Land-cover classes; each class gets the resistance in the table below. With &apos;Use a resistance raster&apos;, a land cover chosen here is only checked against the resistance grid.</source>
        <translation>Classes de cobertura do solo; cada classe recebe a resistência da tabela abaixo. Com 'Usar um raster de resistência', uma cobertura escolhida aqui só é comparada com a grelha de resistência.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="58"/>
        <source>Fill the table from a bundled preset</source>
        <translation>Preencher a tabela a partir de uma predefinição incluída</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="64"/>
        <source>Load…</source>
        <translation>Carregar…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="65"/>
        <source>Load the table from a CSV file (class,resistance[,label])</source>
        <translation>Carregar a tabela de um ficheiro CSV (class,resistance[,label])</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="70"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="71"/>
        <source>Save the table as a CSV file</source>
        <translation>Guardar a tabela como ficheiro CSV</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="76"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="77"/>
        <source>Add a class</source>
        <translation>Adicionar uma classe</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="82"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="83"/>
        <source>Remove the selected classes</source>
        <translation>Remover as classes selecionadas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="92"/>
        <source>Classes found in the land-cover raster but missing from the table are shown in red.</source>
        <translation>As classes presentes no raster de cobertura do solo mas ausentes da tabela aparecem a vermelho.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="93"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="94"/>
        <source>Resistance</source>
        <translation>Resistência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="95"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="103"/>
        <source>When unticked, classes missing from the table are impassable (NoData).</source>
        <translation>Se desmarcar, as classes em falta na tabela são intransponíveis (NoData).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="124"/>
        <source>2. Core areas</source>
        <translation>2. Áreas núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="126"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="128"/>
        <source>Id field</source>
        <translation>Campo de id</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="135"/>
        <source>3. Options</source>
        <translation>3. Opções</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="137"/>
        <source>Neighbours</source>
        <translation>Vizinhos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="140"/>
        <source>8: moves to the 8 surrounding cells. 16: also knight&apos;s moves, for smoother, more accurate paths (slower).</source>
        <translation>8: movimentos para as 8 células vizinhas. 16: também saltos de cavalo, para caminhos mais suaves e exatos (mais lento).</translation>
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
        <translation>Ligar só núcleos que estejam no máximo a esta distância, de borda a borda (unidades do mapa)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="384"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="160"/>
        <source>Width cutoff</source>
        <translation>Limiar de largura</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="165"/>
        <source>Keep corridor cells whose cost is at most this much above the least-cost path (0 = no cutoff)</source>
        <translation>Manter as células do corredor cujo custo excede no máximo este valor o do caminho de menor custo (0 = sem limiar)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="181"/>
        <source>Save in</source>
        <translation>Guardar em</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="184"/>
        <source>Folder for the run folders when the project is not saved yet (otherwise results go beside the project)</source>
        <translation>Pasta para as pastas de execução quando o projeto ainda não está guardado (caso contrário os resultados vão para junto do projeto)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="392"/>
        <source>Input check</source>
        <translation>Verificação das entradas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="451"/>
        <source>Run</source>
        <translation>Executar</translation>
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
        <translation>Ainda não há nenhuma execução.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="415"/>
        <source>Pick a path</source>
        <translation>Escolher um caminho</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="417"/>
        <source>Click a least-cost path on the map to see its row of the link table</source>
        <translation>Clique num caminho de menor custo no mapa para ver a sua linha da tabela de ligações</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="102"/>
        <source>Unlisted classes:</source>
        <translation>Classes não listadas:</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="39"/>
        <source>Build it from land cover</source>
        <translation>Construí-lo a partir da cobertura do solo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="177"/>
        <source>Drop links through a third core</source>
        <translation>Descartar as ligações que passam por um terceiro núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="422"/>
        <source>Use as candidates</source>
        <translation>Usar como candidatos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="423"/>
        <source>Copy the selected corridor polygons (or the corridors of the selected least-cost paths) into the Corridor designer&apos;s store as candidate corridors</source>
        <translation>Copiar os polígonos de corredor selecionados (ou os corredores dos caminhos de menor custo selecionados) para o repositório do Desenho de corredores como corredores candidatos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="192"/>
        <source>Pinch points (circuit theory)</source>
        <translation>Estrangulamentos (circuitos)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="193"/>
        <source>After the corridors, pass 1 A through each corridor between its two cores (as Linkage Mapper&apos;s Pinchpoint Mapper does): where current is highest, movement funnels through a passage that, once lost, would sever the link.</source>
        <translation>Depois dos corredores, faz passar 1 A por cada corredor entre as suas duas áreas núcleo (como o Pinchpoint Mapper do Linkage Mapper): onde a corrente é mais alta, o movimento concentra-se numa passagem que, se perdida, cortaria a ligação.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="197"/>
        <source>Cutoff</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="200"/>
        <source>Only cells at most this many cost units above the least-cost path carry current (0 = no cutoff)</source>
        <translation>Só as células no máximo este número de unidades de custo acima do caminho de menor custo conduzem corrente (0 = sem limiar)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="209"/>
        <source>Also all pairs together (current centrality)</source>
        <translation>Também todos os pares juntos (centralidade de corrente)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="210"/>
        <source>Also the current of all linked pairs together in the union of the corridors (Linkage Mapper&apos;s raster centrality)</source>
        <translation>Além disso, a corrente de todos os pares ligados juntos na união dos corredores (a centralidade raster do Linkage Mapper)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="218"/>
        <source>Restoration priorities</source>
        <translation>Prioridades de restauro</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="219"/>
        <source>After the corridors, find where restoring a disc of habitat would shorten the least-cost links most (Linkage Mapper&apos;s Barrier Mapper): score rasters, the best radius and the top sites as ranked points.</source>
        <translation>Depois dos corredores, procura onde restaurar um disco de habitat encurtaria mais as ligações de menor custo (Barrier Mapper do Linkage Mapper): rasters de pontuação, o melhor raio e os melhores locais como pontos classificados.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="225"/>
        <source>Minimum radius</source>
        <translation>Raio mínimo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="228"/>
        <source>Smallest disc radius tried, in map units; at least the cell size</source>
        <translation>Menor raio de disco experimentado, em unidades do mapa; pelo menos o tamanho de célula</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="236"/>
        <source>Maximum radius</source>
        <translation>Raio máximo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="239"/>
        <source>Largest disc radius tried, in map units</source>
        <translation>Maior raio de disco experimentado, em unidades do mapa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="247"/>
        <source>Radius step</source>
        <translation>Passo do raio</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="250"/>
        <source>Step between the radii tried (0 = the minimum radius only)</source>
        <translation>Passo entre os raios experimentados (0 = só o raio mínimo)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="258"/>
        <source>Combine pairs</source>
        <translation>Combinar pares</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="261"/>
        <source>Maximum: the best pair at each cell. Sum: all pairs added up. Both: one raster of each.</source>
        <translation>Máximo: o melhor par em cada célula. Soma: todos os pares somados. Ambos: um raster de cada.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="269"/>
        <source>Infrastructure crossings</source>
        <translation>Travessias de infraestrutura</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="270"/>
        <source>After the corridors, measure how much roads, railways or fences raise the cost of each corridor and where a crossing structure would win most of it back.</source>
        <translation>Depois dos corredores, mede quanto as estradas, linhas férreas ou vedações aumentam o custo de cada corredor e onde uma passagem de fauna recuperaria a maior parte.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="276"/>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="279"/>
        <source>Roads, railways or fences (lines)</source>
        <translation>Estradas, linhas férreas ou vedações (linhas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="282"/>
        <source>Resistance field</source>
        <translation>Campo de resistência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="285"/>
        <source>Resistance each line adds (a number or &apos;impassable&apos;); none = the lines cannot be crossed</source>
        <translation>Resistência que cada linha acrescenta (um número ou 'impassable'); nenhum = as linhas não podem ser atravessadas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="288"/>
        <source>Existing crossings</source>
        <translation>Travessias existentes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="291"/>
        <source>Underpasses and overpasses that stay permeable (points, optional)</source>
        <translation>Passagens inferiores e superiores que continuam permeáveis (pontos, opcional)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="299"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="300"/>
        <source>After the corridors, measure how well the cores form a connected network: PC, EC, dPC per core and link, and ProtConn when a region is given.</source>
        <translation>Depois dos corredores, mede quão bem as áreas núcleo formam uma rede ligada: PC, EC, dPC por área núcleo e ligação, e ProtConn quando se indica uma região.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="306"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="309"/>
        <source>Euclidean: edge to edge, in metres. Least-cost: the least-cost distances of this run&apos;s paths, in cost units.</source>
        <translation>Euclidiana: de borda a borda, em metros. De menor custo: as distâncias de menor custo dos caminhos desta execução, em unidades de custo.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="312"/>
        <source>Dispersal distance</source>
        <translation>Distância de dispersão</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="315"/>
        <source>Distance at which the dispersal probability below is reached; also the threshold for links and IIC</source>
        <translation>Distância à qual se atinge a probabilidade de dispersão abaixo; também o limiar das ligações e do IIC</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="323"/>
        <source>Probability</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="326"/>
        <source>Probability of dispersal at that distance (between 0 and 1)</source>
        <translation>Probabilidade de dispersão a essa distância (entre 0 e 1)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="334"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="337"/>
        <source>Country or landscape polygon for ProtConn (optional)</source>
        <translation>Polígono do país ou da paisagem para o ProtConn (opcional)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="345"/>
        <source>Climate gradient</source>
        <translation>Gradiente climático</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="346"/>
        <source>Link cores whose climates differ and route each link along the gentlest climate gradient (Linkage Mapper&apos;s Climate Linkage Mapper).</source>
        <translation>Liga áreas núcleo cujos climas diferem e traça cada ligação pelo gradiente climático mais suave (Climate Linkage Mapper do Linkage Mapper).</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="352"/>
        <source>Climate</source>
        <translation>Clima</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="355"/>
        <source>Climate raster, e.g. mean annual temperature</source>
        <translation>Raster climático, p. ex. temperatura média anual</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="358"/>
        <source>Threshold</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="361"/>
        <source>Link only cores whose climates (mean − 2 SD) differ by more than this (0 = no climate rule)</source>
        <translation>Ligar só áreas núcleo cujos climas (média − 2 DP) difiram mais do que isto (0 = sem regra climática)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="367"/>
        <source>Climate cost</source>
        <translation>Custo climático</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="370"/>
        <source>Cost units added per climate unit crossed between neighbouring cells</source>
        <translation>Unidades de custo acrescentadas por unidade climática atravessada entre células vizinhas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="376"/>
        <source>Minimum distance</source>
        <translation>Distância mínima</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/analysis_dock.ui" line="379"/>
        <source>Link only cores at least this far apart, edge to edge (map units; 0 = none)</source>
        <translation>Ligar só áreas núcleo afastadas pelo menos esta distância, de borda a borda (unidades do mapa; 0 = nenhuma)</translation>
    </message>
</context>
<context>
    <name>CcsgCheckDock</name>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="5"/>
        <source>Guideline check</source>
        <translation>Verificação das diretrizes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="17"/>
        <source>Layers</source>
        <translation>Camadas</translation>
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
        <translation>Raster de cobertura do solo ou de habitat</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="25"/>
        <source>This raster holds</source>
        <translation>Este raster contém</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="27"/>
        <source>Resistance raster</source>
        <translation>Raster de resistência</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="29"/>
        <source>Roads and linear barriers</source>
        <translation>Estradas e barreiras lineares</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="31"/>
        <source>Crossing structures</source>
        <translation>Passagens de fauna</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="33"/>
        <source>Elevation (DEM)</source>
        <translation>Altitude (MDE)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="63"/>
        <source>Criteria profile</source>
        <translation>Perfil de critérios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="68"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="68"/>
        <source>Make an editable copy of this profile</source>
        <translation>Criar uma cópia editável deste perfil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="69"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="69"/>
        <source>Save the profile in your QGIS profile folder</source>
        <translation>Guardar o perfil na pasta do seu perfil do QGIS</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="70"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="70"/>
        <source>Import a profile JSON file</source>
        <translation>Importar um ficheiro JSON de perfil</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="71"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="71"/>
        <source>Export this profile as a JSON file</source>
        <translation>Exportar este perfil como ficheiro JSON</translation>
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
        <translation>Abrir relatório</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="44"/>
        <source>Rivers and coasts (optional)</source>
        <translation>Rios e costas (opcional)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="48"/>
        <source>Streams and rivers</source>
        <translation>Cursos de água e rios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="49"/>
        <source>Lines: riparian zones included (riparian_included)</source>
        <translation>Linhas: zonas ribeirinhas incluídas (riparian_included)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="50"/>
        <source>Floodplain or riparian areas</source>
        <translation>Planícies de inundação ou zonas ribeirinhas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="51"/>
        <source>Polygons: share of the floodplain inside the corridor (fw_lateral)</source>
        <translation>Polígonos: proporção da planície de inundação dentro do corredor (fw_lateral)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="52"/>
        <source>River barriers (dams, weirs, culverts)</source>
        <translation>Barreiras fluviais (barragens, açudes, passagens hidráulicas)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="53"/>
        <source>Points: barriers counted inside the corridor (fw_longitudinal)</source>
        <translation>Pontos: barreiras contadas dentro do corredor (fw_longitudinal)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="54"/>
        <source>Coastline</source>
        <translation>Linha de costa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="55"/>
        <source>Lines: alongshore length inside the corridor (mar_size)</source>
        <translation>Linhas: extensão ao longo da costa dentro do corredor (mar_size)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="56"/>
        <source>Night-lights raster</source>
        <translation>Raster de luzes noturnas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="57"/>
        <source>Raster: artificial light at night (artificial_light)</source>
        <translation>Raster: luz artificial noturna (artificial_light)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="93"/>
        <source>Corridors, the failing ones first: click one to see its criteria</source>
        <translation>Corredores, primeiro os que não cumprem: clique num para ver os seus critérios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="94"/>
        <source>The selected corridor&apos;s criteria, failed and warned first: click one to see where the problem is</source>
        <translation>Critérios do corredor selecionado, primeiro os que não cumprem ou têm aviso: clique num para ver onde está o problema</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="35"/>
        <source>Pinch points (current)</source>
        <translation>Pontos de estrangulamento (corrente)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="36"/>
        <source>Raster: current from ccsg:pinchpoints or the analysis panel&apos;s pinch-point step (current_pinch)</source>
        <translation>Raster: corrente de ccsg:pinchpoints ou do passo de pontos de estrangulamento do painel de análise (current_pinch)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="37"/>
        <source>Climate</source>
        <translation>Clima</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/check_dock.ui" line="38"/>
        <source>Raster: e.g. mean annual temperature; the climate difference between the cores (climate_span)</source>
        <translation>Raster: p. ex. temperatura média anual; a diferença de clima entre as áreas núcleo (climate_span)</translation>
    </message>
</context>
<context>
    <name>CcsgDesignerDock</name>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="9"/>
        <source>Corridor designer</source>
        <translation>Desenho de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="19"/>
        <source>Corridor store</source>
        <translation>Repositório de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="23"/>
        <source>No store yet: create one next to the project, or open one.</source>
        <translation>Ainda não há repositório: crie um junto ao projeto ou abra um.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="30"/>
        <source>New store…</source>
        <translation>Novo repositório…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="31"/>
        <source>Create a GeoPackage of candidate corridors in the project&apos;s CRS (a projected CRS in metres)</source>
        <translation>Criar um GeoPackage de corredores candidatos no SRC do projeto (um SRC projetado em metros)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="36"/>
        <source>Open store…</source>
        <translation>Abrir repositório…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="37"/>
        <source>Open an existing corridor GeoPackage</source>
        <translation>Abrir um GeoPackage de corredores existente</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="45"/>
        <source>Core areas (snapping and connected cores)</source>
        <translation>Áreas núcleo (aderência e núcleos ligados)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="50"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="55"/>
        <source>Protected areas / core habitat polygons: drawing snaps to them and the corridor&apos;s connected cores are read from them</source>
        <translation>Polígonos de áreas protegidas / habitat núcleo: o desenho adere a eles e deles são lidos os núcleos ligados do corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="60"/>
        <source>Id field</source>
        <translation>Campo de id</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="65"/>
        <source>Field holding the core&apos;s id (e.g. WDPAID)</source>
        <translation>Campo que contém o id do núcleo (p. ex. WDPAID)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="73"/>
        <source>Draw a corridor</source>
        <translation>Desenhar um corredor</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="77"/>
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="78"/>
        <source>Draw the corridor outline: click the vertices, right-click to finish, Backspace undoes a vertex, Esc cancels</source>
        <translation>Desenhe o contorno do corredor: clique nos vértices, botão direito para terminar, Retrocesso desfaz um vértice, Esc cancela</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="88"/>
        <source>Centre line + width</source>
        <translation>Linha central + largura</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="89"/>
        <source>Draw the corridor&apos;s centre line: click the vertices, right-click to finish; the corridor is the line widened to the width below</source>
        <translation>Desenhe a linha central do corredor: clique nos vértices, botão direito para terminar; o corredor é a linha alargada à largura abaixo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="99"/>
        <source>Width</source>
        <translation>Largura</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="104"/>
        <source>Corridor width in metres for the centre-line tool</source>
        <translation>Largura do corredor em metros para a ferramenta de linha central</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="105"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="115"/>
        <source>Ends</source>
        <translation>Extremidades</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="120"/>
        <source>Flat ends stop at the first and last point; round ends extend half the width beyond them</source>
        <translation>As extremidades planas param no primeiro e no último ponto; as arredondadas prolongam-se meia largura para além deles</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="131"/>
        <source>Candidate corridors</source>
        <translation>Corredores candidatos</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="139"/>
        <source>Select a corridor to zoom to it and select it on the map</source>
        <translation>Selecione um corredor para fazer zoom a ele e selecioná-lo no mapa</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="143"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="144"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="145"/>
        <source>Min. width</source>
        <translation>Largura mín.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="152"/>
        <source>Attributes…</source>
        <translation>Atributos…</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="153"/>
        <source>Open the attribute form of the selected corridor</source>
        <translation>Abrir o formulário de atributos do corredor selecionado</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="158"/>
        <source>Save edits</source>
        <translation>Guardar alterações</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="159"/>
        <source>Write the corridor edits to the GeoPackage (computes area, length, minimum width and connected cores)</source>
        <translation>Escrever as alterações dos corredores no GeoPackage (calcula a área, o comprimento, a largura mínima e os núcleos ligados)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="169"/>
        <source>Add from least-cost corridors</source>
        <translation>Adicionar a partir dos corredores de menor custo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="173"/>
        <source>Corridor polygons (e.g. the ccsg:leastcostcorridors polygon output); select the polygons to copy on the map</source>
        <translation>Polígonos de corredor (p. ex. o resultado em polígonos de ccsg:leastcostcorridors); selecione no mapa os polígonos a copiar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/designer_dock.ui" line="178"/>
        <source>Copy selected polygons into the store</source>
        <translation>Copiar os polígonos selecionados para o repositório</translation>
    </message>
</context>
<context>
    <name>CcsgMonitoringDock</name>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="6"/>
        <source>Corridor monitoring</source>
        <translation>Monitorização de corredores</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="15"/>
        <source>Compare two dates of the landscape inside each corridor and keep the answer in the corridor store.</source>
        <translation>Compare duas datas da paisagem dentro de cada corredor e guarde a resposta no repositório de corredores.</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="21"/>
        <source>Two dates</source>
        <translation>Duas datas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="24"/>
        <source>Corridors (the corridor store)</source>
        <translation>Corredores (o repositório de corredores)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="30"/>
        <source>Cores / protected areas</source>
        <translation>Áreas núcleo / áreas protegidas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="36"/>
        <source>Core id field</source>
        <translation>Campo de id da área núcleo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="42"/>
        <source>Before: raster</source>
        <translation>Antes: raster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="48"/>
        <source>Date of BEFORE</source>
        <translation>Data de BEFORE</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="69"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="54"/>
        <source>Roads and barriers, before</source>
        <translation>Estradas e barreiras, antes</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="60"/>
        <source>After: raster</source>
        <translation>Depois: raster</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="66"/>
        <source>Date of AFTER</source>
        <translation>Data de AFTER</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="72"/>
        <source>Roads and barriers, after</source>
        <translation>Estradas e barreiras, depois</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="78"/>
        <source>Class table (land-cover rasters; empty: resistance)</source>
        <translation>Tabela de classes (rasters de cobertura do solo; vazia: resistência)</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="84"/>
        <source>Habitat: resistance at most</source>
        <translation>Habitat: resistência no máximo</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="90"/>
        <source>Criteria profile</source>
        <translation>Perfil de critérios</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="100"/>
        <source>Append to the store&apos;s monitoring record</source>
        <translation>Acrescentar ao registo de monitorização do repositório</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="106"/>
        <source>Compare the two dates</source>
        <translation>Comparar as duas datas</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="107"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ccsg_plugin/gui/monitoring_dock.ui" line="118"/>
        <source>Open the change report</source>
        <translation>Abrir o relatório de alterações</translation>
    </message>
</context>
</TS>
