package cn.projectdesk.core.project;

/** 基建, 信息化, 民生, 农业水利, 教育卫生, 其他. Display names live in the resource bundles. */
public enum ProjectType {
    INFRASTRUCTURE, INFORMATIZATION, LIVELIHOOD, AGRICULTURE_WATER, EDUCATION_HEALTH, OTHER
}
