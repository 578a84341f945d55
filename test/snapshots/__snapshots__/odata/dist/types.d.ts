/**
 * Compliance state.
 */
export type ComplianceState = 'unknown' | 'compliant' | 'noncompliant' | 'conflict' | 'error' | 'inGracePeriod' | 'configManager';
/**
 * Devices that are managed or pre-enrolled through Intune
 */
export type ManagedDevice = {
    '@odata.type'?: string;
    /**
     * Unique Identifier for the device. This property is read-only.
     */
    readonly id?: string;
    /**
     * Unique Identifier for the user associated with the device.
     */
    userId?: string | null;
    /**
     * Name of the device.
     */
    deviceName?: string | null;
    /**
     * Operating system of the device. Windows, iOS, etc.
     */
    operatingSystem?: string | null;
    complianceState?: ComplianceState;
    /**
     * Device encryption status.
     */
    isEncrypted?: boolean;
    /**
     * Free Storage in Bytes.
     *
     * Format: int64
     */
    freeStorageSpaceInBytes?: number;
    /**
     * Enrollment time of the device.
     *
     * Format: date-time
     */
    enrolledDateTime?: string;
};
/**
 * Request (write) view of {@link ManagedDevice}: without readOnly properties.
 */
export type ManagedDeviceWritable = {
    '@odata.type'?: string;
    /**
     * Unique Identifier for the user associated with the device.
     */
    userId?: string | null;
    /**
     * Name of the device.
     */
    deviceName?: string | null;
    /**
     * Operating system of the device. Windows, iOS, etc.
     */
    operatingSystem?: string | null;
    complianceState?: ComplianceState;
    /**
     * Device encryption status.
     */
    isEncrypted?: boolean;
    /**
     * Free Storage in Bytes.
     *
     * Format: int64
     */
    freeStorageSpaceInBytes?: number;
    /**
     * Enrollment time of the device.
     *
     * Format: date-time
     */
    enrolledDateTime?: string;
};
export type ManagedDeviceCollectionResponse = {
    '@odata.count'?: number | null;
    '@odata.nextLink'?: string | null;
    value?: ManagedDevice[];
};
/**
 * Request (write) view of {@link ManagedDeviceCollectionResponse}: without readOnly properties.
 */
export type ManagedDeviceCollectionResponseWritable = {
    '@odata.count'?: number | null;
    '@odata.nextLink'?: string | null;
    value?: ManagedDeviceWritable[];
};
/**
 * GET /deviceManagement/managedDevices
 */
export type ListManagedDevicesParameters = {
    query?: {
        /**
         * Show only the first n items
         */
        $top?: number;
        /**
         * Skip the first n items
         */
        $skip?: number;
        /**
         * Search items by search phrases
         */
        $search?: string;
        /**
         * Filter items by property values
         */
        $filter?: string;
        /**
         * Include count of items
         */
        $count?: boolean;
        /**
         * Order items by property values
         */
        $orderby?: ('id' | 'id desc' | 'deviceName' | 'deviceName desc' | 'operatingSystem' | 'operatingSystem desc' | 'complianceState' | 'complianceState desc' | 'isEncrypted' | 'isEncrypted desc' | 'freeStorageSpaceInBytes' | 'freeStorageSpaceInBytes desc' | 'enrolledDateTime' | 'enrolledDateTime desc')[];
        /**
         * Select properties to be returned
         */
        $select?: ('id' | 'userId' | 'deviceName' | 'operatingSystem' | 'complianceState' | 'isEncrypted' | 'freeStorageSpaceInBytes' | 'enrolledDateTime' | 'users')[];
        /**
         * Expand related entities
         */
        $expand?: ('*' | 'users')[];
    };
};
/**
 * List managedDevices
 */
export type ListManagedDevicesRequestBody = never;
/**
 * List managedDevices
 */
export type ListManagedDevicesResponse = ManagedDeviceCollectionResponse;
/**
 * POST /deviceManagement/managedDevices
 */
export type CreateManagedDeviceParameters = {
    [key: string]: never;
};
/**
 * Create managedDevice
 */
export type CreateManagedDeviceRequestBody = ManagedDeviceWritable;
/**
 * Create managedDevice
 */
export type CreateManagedDeviceResponse = ManagedDevice;
/**
 * GET /deviceManagement/managedDevices/{managedDevice-id}
 */
export type GetManagedDeviceParameters = {
    path: {
        /**
         * The unique identifier of managedDevice
         */
        'managedDevice-id': string;
    };
    query?: {
        /**
         * Select properties to be returned
         */
        $select?: ('id' | 'userId' | 'deviceName' | 'operatingSystem' | 'complianceState' | 'isEncrypted' | 'freeStorageSpaceInBytes' | 'enrolledDateTime' | 'users')[];
        /**
         * Expand related entities
         */
        $expand?: ('*' | 'users')[];
    };
};
/**
 * Get managedDevice
 */
export type GetManagedDeviceRequestBody = never;
/**
 * Get managedDevice
 */
export type GetManagedDeviceResponse = ManagedDevice;
/**
 * PATCH /deviceManagement/managedDevices/{managedDevice-id}
 */
export type UpdateManagedDeviceParameters = {
    path: {
        /**
         * The unique identifier of managedDevice
         */
        'managedDevice-id': string;
    };
};
/**
 * Update managedDevice
 */
export type UpdateManagedDeviceRequestBody = ManagedDeviceWritable;
/**
 * Update managedDevice
 */
export type UpdateManagedDeviceResponse = ManagedDevice;
