# Sourced by cluster.sh and by the scripts that drive its cluster (failover.sh, scale-compare.sh):
# where the cluster's balancer and database are, from the CLUSTER_* settings cluster.sh describes.
schema=${CLUSTER_SCHEMA:-saring_cluster}
password=${CLUSTER_ADMIN_PASSWORD:-Cluster-Sandi-2024}
lb_port=${CLUSTER_LB_PORT:-28000}
pg_host=${CLUSTER_PG_HOST:-127.0.0.1}
pg_port=${CLUSTER_PG_PORT:-5432}
pg_db=${CLUSTER_PG_DB:-test}
lb="http://127.0.0.1:$lb_port"
jdbc="jdbc:postgresql://$pg_host:$pg_port/$pg_db?currentSchema=$schema"
