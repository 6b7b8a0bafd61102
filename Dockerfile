# The catalogue's image, from the jar that `./mvnw -B package` builds (no Maven, no sources in the image):
#   ./mvnw -B -DskipTests package && docker compose --profile app up --build
FROM eclipse-temurin:17-jre

RUN useradd --system --uid 10001 --home-dir /data --no-create-home catalogue \
    && mkdir /data && chown catalogue /data
COPY target/sstc-catalogue-*.jar /app/catalogue.jar
COPY deploy/start-catalogue /app/start-catalogue

USER catalogue
# the embedded Lucene index (and nothing else: the database is always PostgreSQL's service here)
ENV CATALOGUE_DATA_DIRECTORY=/data \
    MALLOC_ARENA_MAX=2
VOLUME /data
# 8080: the catalogue and its probes (/livez, /readyz); 8081: the management server (health details, metrics)
EXPOSE 8080 8081
# unpacked into /data/application with a class archive from the first start (see the README's "Run it in
# production"), with the JVM options of its "Memory" section
ENTRYPOINT ["/app/start-catalogue", "/app/catalogue.jar"]
